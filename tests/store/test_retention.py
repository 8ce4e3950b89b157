"""Which backups are kept (pure, fixed clocks) and when a backup is due (real WAL databases)."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from cxcareer.store.backup import backup_name, list_backups, make_backup
from cxcareer.store.retention import backup_due, backups_to_keep, prune_backups
from tests.store.test_recovery import make_sample_db

NOW = datetime(2026, 11, 22, 10, 15, tzinfo=UTC)
HOUR = timedelta(hours=1)


def hourly(start: datetime, end: datetime) -> list[datetime]:
    out, moment = [], start
    while moment <= end:
        out.append(moment)
        moment += HOUR
    return out


def test_nothing_to_keep_from_nothing() -> None:
    assert backups_to_keep([], NOW) == set()


def test_a_year_of_hourly_backups() -> None:
    stamps = hourly(NOW - timedelta(days=365), NOW)
    keep = backups_to_keep(stamps, NOW)

    assert max(stamps) in keep
    recent = {s for s in stamps if NOW - s < timedelta(hours=24)}
    assert recent <= keep
    assert len(keep) <= len(recent) + 12 + 10 + 9
    # The newest of each of the last 12 days (today included).
    days = {NOW.date() - timedelta(days=d) for d in range(12)}
    for day in days - {NOW.date()}:
        assert datetime(day.year, day.month, day.day, 23, 15, tzinfo=UTC) in keep
    kept_days = {s.date() for s in keep}
    assert days <= kept_days
    # Ten ISO weeks and nine months are represented, and nothing older than nine months.
    assert len({s.isocalendar()[:2] for s in keep}) >= 10
    assert len({(s.year, s.month) for s in keep}) == 9
    assert min(keep) >= datetime(2026, 3, 1, tzinfo=UTC)
    # Month heads are the last backup of their month.
    assert datetime(2026, 10, 31, 23, 15, tzinfo=UTC) in keep
    assert datetime(2026, 3, 31, 23, 15, tzinfo=UTC) in keep


def test_gaps_do_not_wipe_history() -> None:
    """Three idle months after thirty days of use: the last dailies survive."""
    used = [NOW - timedelta(days=120 + d, hours=3) for d in range(30)]
    keep = backups_to_keep(used, NOW)
    assert set(sorted(used)[-12:]) <= keep  # the 12 last days that had backups
    for week in {u.isocalendar()[:2] for u in used}:  # every week used keeps its newest
        assert max(u for u in used if u.isocalendar()[:2] == week) in keep
    assert datetime(2026, 6, 30, 7, 15, tzinfo=UTC) in keep  # newest of June
    assert len(keep) <= 12 + 10 + 9


def test_clock_going_backwards_keeps_the_future_and_thins_the_past() -> None:
    past = hourly(NOW - timedelta(days=60), NOW - timedelta(days=1))
    future = [NOW + timedelta(days=3), NOW + timedelta(days=3, minutes=30)]
    keep = backups_to_keep(past + future, NOW)
    assert set(future) <= keep
    assert max(past) in keep
    assert len(keep) < 40


def test_month_boundaries_and_time_zones() -> None:
    jan_end = datetime(2026, 1, 31, 23, 59, tzinfo=UTC)
    feb_start = datetime(2026, 2, 1, 0, 1, tzinfo=UTC)
    in_brazil = datetime(2026, 1, 31, 21, 30, tzinfo=timezone(timedelta(hours=-3)))  # Feb 1 UTC
    early_jan = datetime(2026, 1, 2, 8, 0, tzinfo=UTC)
    now = datetime(2026, 6, 1, tzinfo=UTC)
    keep = backups_to_keep([early_jan, jan_end, feb_start, in_brazil], now, 0, 0, 2)
    assert keep == {jan_end, in_brazil}  # newest of January, newest of February (UTC)
    naive = datetime(2026, 5, 31, 23, 0)  # naive means UTC
    assert backups_to_keep([naive, early_jan], now, 0, 0, 0) == {naive}


def test_the_same_moment_in_two_time_zones_is_one_backup_time() -> None:
    a = NOW - timedelta(days=40)
    keep = backups_to_keep([a, a.astimezone(timezone(timedelta(hours=2))), a - HOUR], NOW)
    assert keep == {a}


def test_prune_deletes_only_its_own_files_and_never_the_newest(tmp_path: Path) -> None:
    for moment in hourly(NOW - timedelta(days=90), NOW - timedelta(days=30)):
        (tmp_path / backup_name(moment, "interval")).write_bytes(b"")
    foreign = ["notes.txt", "cxcareer-latest.db", "profiles.db", ".cxcareer-backup-x.part"]
    for name in foreign:
        (tmp_path / name).write_text("mine")
    total = len(list_backups(tmp_path))

    deleted = prune_backups(tmp_path, NOW + timedelta(days=3650))

    left = list_backups(tmp_path)
    assert len(left) + len(deleted) == total
    assert len(left) <= 12 + 10 + 9
    assert left[0].taken_at == NOW - timedelta(days=30)
    for name in foreign:
        assert (tmp_path / name).read_text() == "mine"
    assert prune_backups(tmp_path, NOW + timedelta(days=3650)) == []


def write_row(db: Path, row_id: int) -> sqlite3.Connection:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("INSERT INTO note VALUES (?, 'new')", (row_id,))
    conn.commit()
    return conn


def test_backup_due_at_start_and_every_interval_while_data_changes(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    folder = tmp_path / "b"
    assert not backup_due(db, folder, NOW)  # no database, nothing to protect
    make_sample_db(db, rows=20, wal=True)
    assert backup_due(db, folder, NOW, interval=timedelta(0))  # never backed up
    make_backup(db, folder, reason="start", now=NOW)
    assert not backup_due(db, folder, NOW + timedelta(hours=5), interval=timedelta(0))

    header = db.read_bytes()[:100]
    conn = write_row(db, 1000)  # stays open: the change is only in the -wal
    assert db.read_bytes()[:100] == header  # why the header change counter cannot be used
    assert backup_due(db, folder, NOW + timedelta(minutes=1), interval=timedelta(0))
    assert not backup_due(db, folder, NOW + timedelta(minutes=29))
    assert backup_due(db, folder, NOW + timedelta(minutes=30))
    assert backup_due(db, folder, NOW - timedelta(minutes=5))  # clock went back: not trusted
    conn.close()

    make_backup(db, folder, reason="interval", now=NOW + timedelta(minutes=30))
    assert not backup_due(db, folder, NOW + timedelta(hours=3))


def test_checkpoint_or_reopen_alone_is_not_a_change(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    folder = tmp_path / "b"
    make_sample_db(db, rows=20, wal=True)
    write_row(db, 500).close()
    make_backup(db, folder, reason="start", now=NOW)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.close()
    assert not backup_due(db, folder, NOW + timedelta(days=1), interval=timedelta(0))


def test_settled_files_are_judged_by_their_stats(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    folder = tmp_path / "b"
    make_sample_db(db, rows=20)
    old = (NOW - timedelta(days=1)).timestamp()
    os.utime(db, (old, old))
    make_backup(db, folder, reason="start", now=NOW)
    assert not backup_due(db, folder, NOW + timedelta(hours=1))
    write_row(db, 501).close()
    assert backup_due(db, folder, NOW + timedelta(hours=1))


def test_lost_state_file_falls_back_to_the_newest_backup(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    folder = tmp_path / "b"
    make_sample_db(db, rows=20, wal=True)
    make_backup(db, folder, reason="start", now=NOW)
    (folder / ".cxcareer-backup-state.json").unlink()
    assert not backup_due(db, folder, NOW + timedelta(hours=1))
    write_row(db, 502).close()
    (folder / ".cxcareer-backup-state.json").write_text("{not json")
    assert backup_due(db, folder, NOW + timedelta(hours=1))
