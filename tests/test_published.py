"""Publication date from an article's header: explicit forms only, never a guess."""

from __future__ import annotations

import pytest

from claimx.published import read_header


@pytest.mark.parametrize("text, published, header", [
    (" date 2025-11-26 Photo: wire service\n\nBody.", "2025-11-26", " date 2025-11-26 Photo: wire service\n"),
    ("Published: March 5, 2024\n\nBody text.", "2024-03-05", "Published: March 5, 2024\n"),
    ("Date: 5 March 2024\nBody.", "2024-03-05", "Date: 5 March 2024\n"),
    ("Published on 4 March 2023 by Staff\nBody.", "2023-03-04", "Published on 4 March 2023 by Staff\n"),
    ("---\ntitle: \"A title\"\ndate: 2024-03-05\n---\nBody", "2024-03-05", "---\ntitle: \"A title\"\ndate: 2024-03-05\n---\n"),
    ("Published: Tue, 26 Nov 2025 10:00 GMT\nBody.", "2025-11-26", "Published: Tue, 26 Nov 2025 10:00 GMT\n"),
    ("Date: 26.11.2025\nBody.", "2025-11-26", "Date: 26.11.2025\n"),
    ("---\rdate: 2025-03-14\r---\rOn Tuesday they voted.\r", "2025-03-14", "---\rdate: 2025-03-14\r---\r"),
    ("Headline here\nPublished: Jan. 20, 2026\n\nBody.", "2026-01-20", "Headline here\nPublished: Jan. 20, 2026\n"),
    ("Published 26.11.2025\nBody.", "2025-11-26", "Published 26.11.2025\n"),
    ("Published on: 26 November 2025\nBody.", "2025-11-26", "Published on: 26 November 2025\n"),
    ("Date published: 2025-11-26\nBody.", "2025-11-26", "Date published: 2025-11-26\n"),
    ("First published at 9 May 2024 08:00\nBody.", "2024-05-09", "First published at 9 May 2024 08:00\n"),
    ("Published on Wednesday 26 November 2025\nBody.", "2025-11-26", "Published on Wednesday 26 November 2025\n"),
])
def test_header_forms(text, published, header):
    found = read_header(text)
    assert found.published == published
    assert text[:found.end] == header


@pytest.mark.parametrize("text", [
    "The council met on 2024-01-02 to vote.",
    "Date updated the records on 2024-01-02 and more text follows here.",
    "Posted: yesterday\nBody.",
    "Posted: 3 days ago\nBody.",
    "Date: March 2024\nBody.",
    "Published at the request of the family.\nBody.",
    "Date night at 26.11 Main Street was a hit.",
    "\n\nLISBON, Portugal (Wire) _\n\nThe old bridge reopened to traffic on Friday, May 2, 2025.",
    "",
    "---\nno closing fence",
])
def test_no_date_is_guessed(text):
    found = read_header(text)
    assert found.published is None
    assert 0 <= found.end <= len(text)
