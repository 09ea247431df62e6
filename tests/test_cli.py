"""CLI behaviour, in-process with typer's CliRunner (stdout and stderr apart)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app

ARTICLE = (
    "Published: March 4, 2025\n\n"
    'Mayor Ana Ruiz said on Tuesday that the city would spend $2 million on new buses. '
    '"We are late, but we will catch up," Ruiz said.\n'
)


@pytest.fixture(scope="module", autouse=True)
def warm_pipeline(nlp):
    """Load the model once for all CLI tests (the CLI reuses the cached pipeline)."""


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(runner, *args, input=None):
    return runner.invoke(app, [str(arg) for arg in args], input=input)


def test_every_command_has_help(runner):
    result = run(runner, "--help")
    assert result.exit_code == 0
    assert "extract" in result.stdout
    result = run(runner, "extract", "--help")
    assert result.exit_code == 0
    for option in ("--format", "--output", "--published", "--model", "--quiet"):
        assert option in result.stdout


def test_help_shows_no_value_after_a_flag(runner):
    for args in (["--help"], ["extract", "--help"]):
        result = run(runner, *args)
        assert result.exit_code == 0
        for line in result.stdout.splitlines():
            if any(flag in line for flag in ("--quiet", "--resume", "--version")):
                assert "<bool>" not in line, line


def test_help_does_not_import_spacy():
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from claimx.cli import app\n"
        "assert CliRunner().invoke(app, ['--help']).exit_code == 0\n"
        "assert CliRunner().invoke(app, ['extract', '--help']).exit_code == 0\n"
        "print('spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_version_names_claimx_spacy_and_model(runner):
    import spacy

    import claimx

    result = run(runner, "--version")
    assert result.exit_code == 0
    assert f"claimx {claimx.__version__}" in result.stdout
    assert f"spaCy {spacy.__version__}" in result.stdout
    assert "model en_core_web_sm" in result.stdout


def test_python_dash_m_runs():
    out = subprocess.run([sys.executable, "-m", "claimx", "--help"], capture_output=True, text=True)
    assert out.returncode == 0
    assert "extract" in out.stdout


def test_one_file_gives_one_json_object(runner, article):
    result = run(runner, "extract", article)
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["id"] == str(article)
    assert record["published"] == "2025-03-04"
    assert record["schema_version"] == 1
    for field in ("quotes", "events", "numbers"):
        assert isinstance(record[field], list)
    assert result.stderr == ""


def test_stdin_dash(runner):
    result = run(runner, "extract", "-", "--published", "2025-01-02", input="The council met on Monday.")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["id"] == "-"
    assert record["published"] == "2025-01-02"


def test_published_option_overrides_header(runner, article):
    result = run(runner, "extract", article, "--published", "2024-12-31")
    assert json.loads(result.stdout)["published"] == "2024-12-31"


def test_folder_gives_jsonl_sorted_and_skips_other_files(runner, tmp_path):
    (tmp_path / "b.txt").write_text("Second article.", encoding="utf-8")
    (tmp_path / "a.md").write_text("First article.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("Third article.", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y", encoding="utf-8")
    result = run(runner, "extract", tmp_path, "--quiet")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    ids = [json.loads(line)["id"] for line in lines]
    assert ids == [str(tmp_path / "a.md"), str(tmp_path / "b.txt"), str(tmp_path / "sub" / "c.txt")]


def test_jsonl_keeps_ids_order_and_published(runner, tmp_path):
    path = tmp_path / "corpus.jsonl"
    rows = [
        {"id": "z9", "text": "Prices rose 3% last year.", "published": "2024-06-01"},
        {"id": 7, "text": "No dates here."},
        {"id": "a1", "text": ""},
    ]
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    result = run(runner, "extract", path)
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["z9", 7, "a1"]  # ids come back as given
    assert [r["published"] for r in records] == ["2024-06-01", None, None]
    assert records[2]["quotes"] == records[2]["events"] == records[2]["numbers"] == []


def test_bad_jsonl_line_is_reported_and_the_rest_goes_on(runner, tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"id": "ok1", "text": "A."}\n{broken\n{"id": "bad"}\n{"id": "ok2", "text": "B."}\n', encoding="utf-8")
    result = run(runner, "extract", path)
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["ok1", "ok2"]
    assert f"{path}:2" in result.stderr and f"{path}:3" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("format, check", [
    ("json", lambda out: json.loads(out)["id"]),
    ("jsonl", lambda out: [json.loads(line) for line in out.splitlines()][0]["id"]),
    ("text", lambda out: "Quotes" in out and "Timeline" in out and "Numeric claims" in out),
])
def test_formats(runner, article, format, check):
    result = run(runner, "extract", article, "--format", format)
    assert result.exit_code == 0, result.stderr
    assert check(result.stdout)


def test_json_format_for_several_inputs_is_an_array(runner, tmp_path):
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text("Text.", encoding="utf-8")
    result = run(runner, "extract", tmp_path / "one.txt", tmp_path / "two.txt", "-f", "json")
    assert [r["id"] for r in json.loads(result.stdout)] == [str(tmp_path / "one.txt"), str(tmp_path / "two.txt")]


def test_output_file_is_written_whole(runner, article, tmp_path):
    out = tmp_path / "out.json"
    result = run(runner, "extract", article, "-o", out, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == str(article)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_the_output_files_extension_chooses_the_format(runner, article, tmp_path):
    (tmp_path / "folder").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "folder" / name).write_text("He said 5 people came.", encoding="utf-8")
    one_line = tmp_path / "one.jsonl"
    result = run(runner, "extract", article, "-o", one_line, "-q")
    assert result.exit_code == 0, result.stderr
    assert len(one_line.read_text(encoding="utf-8").splitlines()) == 1
    array = tmp_path / "all.json"
    result = run(runner, "extract", tmp_path / "folder", "-o", array, "-q")
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(array.read_text(encoding="utf-8"))) == 2
    result = run(runner, "extract", article, "-o", tmp_path / "one.jsonl", "--resume", "-q")
    assert result.exit_code == 0, result.stderr  # a .jsonl file is jsonl, so --resume takes it


def test_missing_binary_empty_and_non_utf8_files(runner, tmp_path, article):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Caf\u00e9 owners said prices rose \u201csharply\u201d.".encode("cp1252"))
    missing = tmp_path / "missing.txt"
    result = run(runner, "extract", missing, binary, empty, legacy, article, "-f", "jsonl")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == [str(empty), str(legacy), str(article)]
    assert records[0]["quotes"] == [] and records[0]["events"] == [] and records[0]["numbers"] == []
    lines = result.stderr.splitlines()
    assert any(str(missing) in line and "no such file" in line for line in lines)
    assert any(str(binary) in line and "binary" in line for line in lines)
    assert any(str(legacy) in line and "cp1252" in line for line in lines)
    assert "Traceback" not in result.stderr


def test_quiet_silences_warnings_but_not_errors(runner, tmp_path):
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Na\u00efve".encode("cp1252"))
    result = run(runner, "extract", legacy, tmp_path / "missing.txt", "-q", "-f", "jsonl")
    assert result.exit_code == 1
    assert "cp1252" not in result.stderr
    assert "no such file" in result.stderr


@pytest.mark.parametrize("args", [
    ["extract", "x.txt", "--published", "2025-13-40"],
    ["extract", "x.txt", "--format", "xml"],
    ["extract"],
    ["frobnicate"],
])
def test_usage_errors_exit_2(runner, args):
    result = run(runner, *args)
    assert result.exit_code == 2
    assert "Traceback" not in (result.stderr + result.stdout)


def test_unknown_model_is_a_usage_error(runner, article):
    result = run(runner, "extract", article, "--model", "xx_no_such_model")
    assert result.exit_code == 2
    assert "xx_no_such_model" in result.stderr
    assert "no installed package has that name" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_model_path_says_whether_the_folder_is_missing_or_holds_no_pipeline(runner, article, tmp_path):
    missing = run(runner, "extract", article, "--model", str(tmp_path / "no-such-pipeline"))
    assert missing.exit_code == 2
    assert "no such folder" in missing.stderr
    empty = run(runner, "extract", article, "--model", str(tmp_path))
    assert empty.exit_code == 2
    assert "holds no loadable pipeline" in empty.stderr
    assert "Traceback" not in missing.stderr + empty.stderr


def test_closed_pipe_exits_quietly(tmp_path):
    for index in range(40):
        (tmp_path / f"a{index:02}.txt").write_text(ARTICLE, encoding="utf-8")
    command = f"{sys.executable} -m claimx extract {tmp_path} -f jsonl -q | head -n 1"
    out = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True)
    assert len(out.stdout.splitlines()) == 1
    assert json.loads(out.stdout)["id"].endswith("a00.txt")
    assert out.stderr == ""
    assert out.returncode == 0


def test_an_extractor_failure_is_one_line_and_the_record_still_comes(runner, article, nlp, monkeypatch):
    def broken(doc):
        raise RuntimeError("unexpected text")

    monkeypatch.setattr(nlp.get_pipe("claimx_dates"), "extract", broken)
    result = run(runner, "extract", article, "-q")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["events"] == [] and record["numbers"]
    assert result.stderr == f"claimx: {article}: claimx_dates failed (RuntimeError: unexpected text); its items are left out\n"


def test_an_empty_folder_is_reported(runner, tmp_path):
    (tmp_path / "notes.csv").write_text("a,b", encoding="utf-8")
    result = run(runner, "extract", tmp_path, "-f", "jsonl")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert f"{tmp_path}: folder holds no .txt or .md files" in result.stderr


@pytest.mark.parametrize("option", ["-o", "--errors"])
def test_an_unwritable_destination_is_a_usage_error_naming_it(runner, article, tmp_path, option):
    target = tmp_path / "missing-folder" / "out.jsonl"
    result = run(runner, "extract", article, option, target, "-f", "jsonl")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"claimx: cannot write {target}:")
    assert list(tmp_path.iterdir()) == [article]


def test_an_output_that_is_also_an_input_is_refused(runner, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "a", "text": "Text."}\n', encoding="utf-8")
    before = corpus.read_bytes()
    for args in (["-o", corpus], ["--errors", corpus], ["-o", tmp_path / "x.jsonl", "--errors", tmp_path / "x.jsonl"]):
        result = run(runner, "extract", corpus, *args)
        assert result.exit_code == 2, args
    assert corpus.read_bytes() == before


@pytest.mark.parametrize("args", [["--timeout", "nan"], ["--timeout", "inf"], ["--timeout", "-1"], ["--jobs", "0"]])
def test_bad_numbers_are_usage_errors(runner, article, args):
    result = run(runner, "extract", article, *args)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


def test_an_empty_path_is_a_usage_error(runner):
    assert run(runner, "extract", "").exit_code == 2


def test_bad_records_fail_alone(runner, tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        '{"id": "ok1", "text": "Prices rose 3% on Monday."}\n'
        '{"id": "surrogate", "text": "He said \\ud800 that it rained."}\n'
        '{"id": "baddate", "text": "Text.", "published": "2025-02-30"}\n'
        '{"id": "ok2", "text": "Sales fell."}\n',
        encoding="utf-8",
    )
    result = run(runner, "extract", path, "-f", "jsonl")
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["ok1", "ok2"]
    assert "surrogate:" in result.stderr and "baddate:" in result.stderr
    assert "Traceback" not in result.stderr


def test_undecodable_and_special_files_fail_alone(runner, tmp_path, article):
    odd = tmp_path / "odd-utf16.txt"
    odd.write_bytes("Text in UTF-16.".encode("utf-16") + b"a")
    result = run(runner, "extract", odd, "/dev/zero", article, "-f", "jsonl")
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [str(article)]
    assert "cannot decode" in result.stderr and "/dev/zero: not a regular file" in result.stderr


def test_published_option_wins_over_a_records_own_date(runner, tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"id": "a", "text": "Text.", "published": "2020-01-01"}\n', encoding="utf-8")
    result = run(runner, "extract", path, "--published", "2024-06-30")
    assert json.loads(result.stdout)["published"] == "2024-06-30"


def test_a_single_failed_article_leaves_no_output_file(runner, tmp_path):
    out = tmp_path / "out.json"
    result = run(runner, "extract", tmp_path / "missing.txt", "-o", out)
    assert result.exit_code == 1
    assert not out.exists()


def test_output_file_permissions_follow_the_umask(runner, article, tmp_path):
    out = tmp_path / "out.json"
    old = os.umask(0o022)
    try:
        run(runner, "extract", article, "-o", out)
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


def test_text_view_into_a_closed_pipe_exits_quietly(tmp_path):
    for index in range(10):
        (tmp_path / f"a{index}.txt").write_text(ARTICLE, encoding="utf-8")
    command = f"{sys.executable} -m claimx extract {tmp_path} -f text -q | head -n 1"
    out = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True)
    assert out.returncode == 0 and out.stderr == ""


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_files_are_decoded_with_a_warning(runner, tmp_path, encoding):
    path = tmp_path / "wide.txt"
    path.write_bytes(ARTICLE.encode(encoding))
    result = run(runner, "extract", path)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["published"] == "2025-03-04"
    assert f"decoded as {encoding}" in result.stderr


def test_stdin_of_jsonl_records_is_read_as_records(runner):
    lines = [
        {"id": "a", "text": "The council met on Monday.", "published": "2025-01-02"},
        {"id": "b", "text": "Shares fell 4% on Tuesday.", "published": "2025-01-02"},
    ]
    result = run(runner, "extract", "-", input="".join(json.dumps(line) + "\n" for line in lines))
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a", "b"]
    assert records[0]["events"][0]["value"] == "2024-12-30"


def test_stdin_article_that_mentions_json_is_one_article(runner):
    result = run(runner, "extract", "-", input='The API returned {"text": "ok"} on Monday.\n')
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "-"


def test_ctrl_c_while_the_model_loads_is_one_line_and_status_130(runner, article, monkeypatch):
    import claimx.pipeline

    def interrupted(model=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(claimx.pipeline, "load_pipeline", interrupted)
    result = run(runner, "extract", article)
    assert result.exit_code == 130
    assert result.stdout == ""
    assert result.stderr == "claimx: interrupted\n"


def test_the_summary_counts_in_good_english(runner, article, tmp_path):
    result = run(runner, "extract", article, "-o", tmp_path / "out.json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("claimx: 1 article, ")
    assert " 1 articles" not in result.stderr


@pytest.mark.parametrize("output, stdout_tty, single, quiet, shown", [
    (None, False, False, False, True),       # claimx extract folder/ > out.jsonl
    ("out.jsonl", True, False, False, True),  # claimx extract folder/ -o out.jsonl
    (None, True, False, False, False),       # records on the terminal: the bar would garble them
    ("-", True, False, False, False),
    (None, False, True, False, False),       # one article
    ("out.jsonl", True, False, True, False),  # --quiet
])
def test_a_progress_bar_only_where_it_does_not_garble_the_records(output, stdout_tty, single, quiet, shown):
    from claimx.cli import ExtractOptions, wants_progress

    options = ExtractOptions(format="jsonl", single=single, quiet=quiet, output=output and Path(output))
    assert wants_progress(options, stdout_tty=stdout_tty, stderr_tty=True) is shown
    assert wants_progress(options, stdout_tty=stdout_tty, stderr_tty=False) is False


def test_json_lines_in_a_json_file_are_records_and_a_json_array_is_refused_clearly(runner, tmp_path):
    lines = tmp_path / "pandas.json"  # DataFrame.to_json(orient="records", lines=True)
    lines.write_text('{"id":"a","text":"He said 5 people came."}\n{"id":"b","text":"Two."}\n', encoding="utf-8")
    result = run(runner, "extract", lines, "-q")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b"]
    ndjson = tmp_path / "corpus.ndjson"
    ndjson.write_text('{"id":"c","text":"Three."}\n', encoding="utf-8")
    assert json.loads(run(runner, "extract", ndjson, "-q").stdout.splitlines()[0])["id"] == "c"
    array = tmp_path / "array.json"
    array.write_text('[{"id":"a","text":"One."}]', encoding="utf-8")
    result = run(runner, "extract", array)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "JSON Lines" in result.stderr


def test_a_full_disk_is_one_line_and_leaves_no_temporary_file(runner, article, tmp_path, monkeypatch):
    import errno

    import claimx.writers

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(claimx.writers, "dumps_line", full)
        result = run(runner, "extract", article, "-f", "jsonl")
    assert result.exit_code == 1
    assert result.stderr == "claimx: cannot write stdout: No space left on device\n"

    with monkeypatch.context() as patch:
        patch.setattr(claimx.writers.LineFile, "write", full)
        result = run(runner, "extract", tmp_path / "missing.txt", "--errors", tmp_path / "failed.jsonl")
    assert result.exit_code == 1
    assert result.stderr.endswith(f"claimx: cannot write {tmp_path / 'failed.jsonl'}: No space left on device\n")
    (tmp_path / "failed.jsonl").unlink()

    monkeypatch.setattr(claimx.writers.os, "replace", full)  # the JSON file's last step
    result = run(runner, "extract", article, "-o", tmp_path / "out.json")
    assert result.exit_code == 1
    assert result.stderr == f"claimx: cannot write {tmp_path / 'out.json'}: No space left on device\n"
    assert [p.name for p in tmp_path.iterdir() if p.name != article.name] == []


def test_stdin_from_a_terminal_says_how_to_end_it(runner, monkeypatch):
    import claimx.cli

    monkeypatch.setattr(claimx.cli, "_stdin_is_terminal", lambda: True)
    result = run(runner, "extract", "-", input="He said 5 people came.\n")
    assert result.exit_code == 0, result.stderr
    assert "Ctrl-D" in result.stderr
    assert json.loads(result.stdout)["id"] == "-"
    assert "Ctrl-D" not in run(runner, "extract", "-", "-q", input="He said so.\n").stderr
