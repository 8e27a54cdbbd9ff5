"""Fine-tuning: a base bundle's network trained further on a player's own pieces (`improv train
--from BUNDLE`). The base's tokenizer, vocabulary, token grid and key handling are kept, so the new
bundle plays wherever the base does; both models are scored on the player's held-out pieces as
`improv evaluate` scores them (train.held_out_scores), and meta.json records the base."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from ..data.dataset import Prepared
from ..settings import TokenSettings
from . import train
from .bundle import Bundle

# measured on 20 ragtime pieces from models/default (docs/models.md, "your own model"): 3e-4 was still
# improving slowly after 7 epochs; 1e-3 (half of from-scratch training's 2e-3) gets there in a few
LEARNING_RATE = 1e-3
PATIENCE = 2
MIN_PIECES = 3          # fewer: nothing is held out (one piece of two would be half the music)
EPOCHS_WITHOUT_HELD_OUT = 3  # nothing held out to stop on: the ragtime fine-tune was within 0.6% of its best by 3
# a held-out figure on fewer notes is too thin to trust: over excerpts of the ragtime fine-tune's held-out
# pieces, bits per note varied by 0.6 (sd, 14%) at 100 notes, 0.5 at 250-500 and 0.35 (8%) at 1,000
THIN_NOTES = 1000
# what the base decides: the tokens and their grid (the vocabulary means nothing on another grid)
# and whether pieces are moved to C (the jam moves the player's key as the bundle says)
KEPT = ("tokenizer", "steps_per_beat", "max_steps", "key_normalize", "min_count")


def token_settings(base: Bundle, mine: TokenSettings, chosen: dict[str, Any]) -> TokenSettings:
    """The token settings of a fine-tune: the base's tokens (KEPT), the player's reading and split.
    `chosen`: settings given on the command line (tokenizer, steps_per_beat, key_normalize); one that
    differs from the base's is refused (ValueError, one line)."""
    theirs = TokenSettings.from_record(base.meta["tokens"])
    flags = {"tokenizer": ("--tokenizer", "tokenizer"), "steps_per_beat": ("--steps-per-beat", "steps per beat"),
             "key_normalize": ("--key-normalize", "key normalization")}
    for key, value in chosen.items():
        if value is not None and value != getattr(theirs, key):
            flag, label = flags[key]
            raise ValueError(f"{base.folder}: the base's {label} is {getattr(theirs, key)}; {flag} {value} differs: "
                             f"fine-tuning keeps the base's tokens (leave {flag} out, or train from scratch "
                             "without --from)")
    return replace(mine, **{k: getattr(theirs, k) for k in KEPT})


def unreadable(base: Bundle, mapped_share: float) -> str:
    """The one line refusing a base whose vocabulary cannot read the player's music."""
    return (f"{base.folder}'s {base.tokenizer.name} vocabulary of {len(base.tokenizer)} tokens cannot read these "
            f"sources: {mapped_share:.0%} of their {base.tokenizer.mapped_of} are not in it and would be replaced "
            "by a neighbour; fine-tune an events-v1 base (models/default), or train from scratch without --from")


def record(base: Bundle) -> dict[str, Any]:
    """What meta.json says of the base: where it was, its weights' hash, how it was made, its own figure."""
    meta = base.meta
    recipe = meta.get("recipe")
    own = (meta.get("metrics") or {}).get("held_out_by_piece") or {}
    return {"path": Path(base.folder).as_posix(), "weights_sha256": meta["weights_sha256"],
            "tokenizer": base.tokenizer.name, "sources": meta.get("sources", []),
            **({"recipe": {"name": recipe.get("name"), "styles": [s["name"] for s in recipe.get("styles", [])]}}
               if recipe else {}),
            "command": (meta.get("training") or {}).get("command", ""),
            "own_held_out": {"pieces": len((meta.get("split") or {}).get("val", [])),
                             "bits_per_note": own.get("bits_per_note")}}


def finetune(prepared: Prepared, base: Bundle, out: Path, epochs: int | None = None, batch: int = 64,
             resume: bool = False, strategy: str = "auto", patience: int = PATIENCE,
             learning_rate: float = LEARNING_RATE, verbose: int | None = None, command: str = "") -> dict[str, Any]:
    """Train the base's network further on the prepared pieces (tokenized with the base's tokenizer),
    early-stopped on the held-out ones; the base is scored on them first. Returns meta."""
    held_out = any(p["split"] == "val" for p in prepared.pieces)
    if epochs is None:
        epochs = 30 if held_out else EPOCHS_WITHOUT_HELD_OUT
    before = train.held_out_scores(base.weights, prepared, base.arch, 256)
    extra = {"base": record(base),
             "finetune": {"learning_rate": learning_rate, "patience": patience},
             "metrics": {"base_held_out_by_piece": None if before is None else train.summary(before)}}
    return train.train(prepared, out, epochs=epochs, batch=batch, resume=resume, strategy=strategy,
                       arch=base.arch, patience=patience, learning_rate=learning_rate, verbose=verbose,
                       command=command, initial=base.weights, extra=extra)


def report_lines(meta: dict[str, Any], out: Path) -> list[str]:
    """One line per model on the player's held-out pieces (the base's, the new one's), and what to trust."""
    m, b = meta["metrics"]["held_out_by_piece"], meta["metrics"].get("base_held_out_by_piece")
    base = meta["base"]["path"]
    if not m or not b:
        return [f"held out by piece: not scored: {meta['metrics'].get('not_scored', 'no held-out piece')} "
                f"(with {MIN_PIECES} or more pieces some are held out); trained on all of them"]
    gain = 1 - m["bits_per_note"] / b["bits_per_note"]
    lines = [f"held out by piece ({m['pieces']} of your pieces, {m['notes']} notes):",
             f"  base       {base}: top-1 {b['top1']:.3f}, {b['bits_per_note']:.2f} bits per note",
             f"  fine-tuned {out}: top-1 {m['top1']:.3f}, {m['bits_per_note']:.2f} bits per note "
             f"({gain:.1%} {'fewer' if gain >= 0 else 'MORE'})"]
    if m["notes"] < THIN_NOTES:
        lines.append(f"  too thin to trust: {m['notes']} held-out notes (a figure needs {THIN_NOTES} or more); "
                     "add pieces or hold out more with --val-share")
    if gain <= 0:
        lines.append(f"  the base plays your held-out pieces better: keep {base}, or give more music")
    return lines
