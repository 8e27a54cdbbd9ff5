"""Config lookup order, validation and the one-line errors of `improv` on a bad config."""
from __future__ import annotations

from pathlib import Path

import pytest

from improv import config
from improv.app.cli import main

REPO = Path(__file__).resolve().parent.parent


def run_with(tmp_path, text: str, capsys) -> tuple[int, str]:
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    code = main(["prepare", "--config", str(path), "nowhere", "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err.strip()
    return code, err


def test_shipped_config_yaml_equals_the_built_in_defaults():
    settings, path = config.load(REPO / "config.yaml")
    assert path == REPO / "config.yaml"
    expected = config.defaults()
    expected["model"]["bundle"] = str((REPO / "models" / "default").resolve())
    assert settings == expected


def test_config_yaml_documents_every_setting():
    text = (REPO / "config.yaml").read_text()
    for section, keys in config.SCHEMA.items():
        assert f"\n{section}:" in "\n" + text, section
        for key in keys:
            assert f"  {key}:" in text, f"{section}.{key} is not documented in config.yaml"


@pytest.mark.parametrize("text, words", [
    ("time:\n  tempp: 100\n", ["unknown key 'time.tempp'", "did you mean 'tempo'"]),
    ("tiem:\n  tempo: 100\n", ["unknown section 'tiem'", "did you mean 'time'"]),
    ("time:\n  tempo: fast\n", ["'time.tempo' is 'fast'", "expected a number"]),
    ("time:\n  tempo: 400\n", ["'time.tempo' is 400", "between 20 and 300 BPM"]),
    ("time:\n  tempo: 19.5\n", ["'time.tempo' is 19.5", "between 20 and 300 BPM"]),
    ("midi:\n  channel: 17\n", ["'midi.channel' is 17", "between 1 and 16"]),
    ("midi:\n  channel: 0\n", ["'midi.channel' is 0", "between 1 and 16"]),
    ("midi:\n  channel: true\n", ["'midi.channel' is True", "expected an integer"]),
    ("sampling:\n  temperature: 0\n", ["'sampling.temperature' is 0", "between 0.01 and 5"]),
    ("sampling:\n  top_p: 1.5\n", ["'sampling.top_p' is 1.5", "at most 1"]),
    ("jam:\n  mode: karaoke\n", ["'jam.mode' is 'karaoke'", "call-response, accompany, solo"]),
    ("midi:\n  velocity: loud\n", ["'midi.velocity'", "'follow'"]),
    ("- just\n- a list\n", ["top level must be a mapping"]),
    ("time: [1, 2]\n", ["section 'time' must be a mapping"]),
    ("time:\n  tempo: 120\n  steps_per_beat: 4: 5\n", ["YAML syntax error at line 3", "mapping values"]),
    ("time:\n\ttempo: 120\n", ["YAML syntax error at line 2"]),
])
def test_bad_config_is_one_line_naming_file_key_and_what_is_allowed(tmp_path, capsys, text, words):
    code, err = run_with(tmp_path, text, capsys)
    assert code == 2
    assert len(err.splitlines()) == 1, err
    assert "Traceback" not in err
    assert str(tmp_path / "bad.yaml") in err
    for w in words:
        assert w in err


def test_python_tags_are_refused_and_nothing_is_executed(tmp_path, capsys):
    marker = tmp_path / "pwned"
    code, err = run_with(tmp_path, f"time: !!python/object/apply:os.system ['touch {marker}']\n", capsys)
    assert code == 2
    assert "python/object/apply:os.system" in err and "refused" in err and "line 1" in err
    assert len(err.splitlines()) == 1
    assert not marker.exists()


def test_missing_config_file_is_an_error(tmp_path, capsys):
    code = main(["prepare", "--config", str(tmp_path / "nope.yaml"), "x", "--out", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and "config file not found" in err and "nope.yaml" in err


def test_lookup_order_flag_then_env_then_xdg_then_defaults(tmp_path, monkeypatch):
    xdg = Path(monkeypatch_env := tmp_path / "xdg")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(monkeypatch_env))
    assert config.load()[1] is None  # nothing anywhere: built-in defaults
    (xdg / "improv").mkdir(parents=True)
    (xdg / "improv" / "config.yaml").write_text("time:\n  tempo: 90\n")
    settings, path = config.load()
    assert settings["time"]["tempo"] == 90.0 and path == xdg / "improv" / "config.yaml"
    env_file = tmp_path / "env.yaml"
    env_file.write_text("time:\n  tempo: 100\n")
    monkeypatch.setenv("IMPROV_CONFIG", str(env_file))
    assert config.load()[0]["time"]["tempo"] == 100.0
    flag_file = tmp_path / "flag.yaml"
    flag_file.write_text("time:\n  tempo: 110\n")
    assert config.load(flag_file)[0]["time"]["tempo"] == 110.0


def test_relative_bundle_path_is_relative_to_the_config_file(tmp_path):
    (tmp_path / "c.yaml").write_text("model:\n  bundle: mymodels/jazz\n")
    settings, _ = config.load(tmp_path / "c.yaml")
    assert settings["model"]["bundle"] == str(tmp_path / "mymodels" / "jazz")
    assert config.load()[0]["model"]["bundle"] == str(config.DEFAULT_BUNDLE)


def test_command_line_flags_override_the_file_and_are_validated(tmp_path, capsys):
    from improv.app.cli import build_parser, load_settings
    (tmp_path / "c.yaml").write_text("data:\n  min_count: 7\n  parts: all\n")
    args = build_parser().parse_args(["prepare", "--config", str(tmp_path / "c.yaml"), "x", "--out", "o",
                                      "--min-count", "3"])
    settings = load_settings(args)
    assert settings["data"]["min_count"] == 3 and settings["data"]["parts"] == "all"
    code = main(["prepare", "x", "--out", str(tmp_path), "--val-share", "0.9"])
    err = capsys.readouterr().err
    assert code == 2 and "command line" in err and "'data.val_share' is 0.9" in err


def test_a_renamed_setting_says_its_new_name(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("jam:\n  seed: corpus:bach/bwv66.6\n")
    with pytest.raises(config.ConfigError) as e:
        config.load(cfg)
    assert str(e.value) == f"{cfg}: 'jam.seed' is now called 'jam.phrase'; rename it in this file"


def test_defaults_and_choices_live_only_in_the_schema():
    """The typed settings take every value from config.SCHEMA (none has a default of its own), the
    command line offers the schema's choices, and the modes are the schema's jam.mode choices."""
    import dataclasses
    import inspect

    from improv.app.cli import build_parser
    from improv.live.modes import MODES
    from improv.model.memory import SessionMemory
    from improv.model.sampling import Sampler
    from improv.settings import JamSettings, TokenSettings
    for cls in (JamSettings, TokenSettings):
        defaulted = [f.name for f in dataclasses.fields(cls)
                     if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING]
        assert not defaulted, (cls.__name__, defaulted)
    sampling = [f.name for f in dataclasses.fields(Sampler) if f.name in config.SCHEMA["sampling"]]
    assert sampling and all(f.default is dataclasses.MISSING for f in dataclasses.fields(Sampler) if f.name in sampling)
    shape = inspect.signature(SessionMemory).parameters
    assert all(shape[k].default is inspect.Parameter.empty for k in ("order", "max_tokens", "max_quote"))
    assert list(MODES) == config.choices("jam", "mode")
    flags = {"--mode": ("jam", "mode"), "--backend": ("midi", "backend"), "--engine": ("model", "engine"),
             "--device": ("model", "device"), "--clock": ("midi", "clock"), "--log-level": ("logging", "level")}
    run = next(a for a in build_parser()._subparsers._group_actions[0].choices.values() if a.prog.endswith(" run"))
    for action in run._actions:
        for option in set(action.option_strings) & set(flags):
            assert list(action.choices) == config.choices(*flags[option]), option
