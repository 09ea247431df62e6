"""The extractors are ordinary spaCy components a user can add to a pipeline."""

from __future__ import annotations

import spacy

from claimx.output import doc_to_record

TEXT = (
    'The health ministry said on Monday that 1,200 people had been vaccinated. '
    '"We expect more next week," said Dr. Lena Ortiz, the chief medical officer.'
)


def test_add_pipe_to_a_users_own_pipeline(nlp):
    import claimx.pipeline  # noqa: F401  (registers the factories, as `import claimx.quotes` would)

    own = spacy.load(nlp.path)
    for name in ("claimx_dates", "claimx_quotes", "claimx_numbers"):
        own.add_pipe(name)
    doc = own(TEXT)
    assert isinstance(doc._.quotes, list) and isinstance(doc._.events, list) and isinstance(doc._.numbers, list)
    assert doc_to_record(doc) == doc_to_record(nlp(TEXT))


def test_factories_are_registered_as_entry_points():
    from importlib.metadata import entry_points

    names = {entry.name for entry in entry_points(group="spacy_factories")}
    assert {"claimx_paragraphs", "claimx_dates", "claimx_quotes", "claimx_numbers"} <= names


def test_paragraph_breaks_are_sentence_breaks_before_the_parser(nlp):
    assert nlp.pipe_names.index("claimx_paragraphs") < nlp.pipe_names.index("parser")
    doc = nlp("Floods close schools across the valley\n\nThe mayor said on Monday that classes would resume.")
    assert [sentence.text.strip() for sentence in doc.sents] == [
        "Floods close schools across the valley",
        "The mayor said on Monday that classes would resume.",
    ]


def test_html_paragraphs_of_scraped_copy_are_sentence_breaks(nlp):
    doc = nlp("<h1>Floods close schools</h1><p>The mayor said classes would resume</p><p>Roads reopen")
    assert [sentence.text for sentence in doc.sents] == [
        "<h1>Floods close schools</h1>",
        "<p>The mayor said classes would resume</p>",
        "<p>Roads reopen",
    ]


def test_pipeline_survives_to_disk_and_from_disk(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.pipe_names == nlp.pipe_names
    assert doc_to_record(reloaded(TEXT)) == doc_to_record(nlp(TEXT))


def test_results_survive_multiprocessing(nlp):
    texts = [TEXT, "Sales fell 4% in March 2023, the company said.", ""] * 2
    single = [doc_to_record(doc) for doc in nlp.pipe(texts)]
    multi = [doc_to_record(doc) for doc in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert multi == single
