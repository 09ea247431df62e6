"""Helpers of the claimx_dates component: detection, normalisation, event attachment."""
