"""Who wrote what, as a person: login roles, rating and meeting authors, private notes apart.

A company server maps each database role to a person (``people.login_role``) and records the
person behind a rating (``assessments.assessor_id``) and a meeting (``meetings.author_id``).
Private notes move out of ``meetings`` into ``private_notes``, one row per meeting that has
any, so row-level security can hide them from everyone but their author; existing notes are
copied over before the column goes, and copied back on downgrade.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

ID = sa.String(36)


def upgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("login_role", sa.String(63), nullable=True))
        batch.create_unique_constraint("uq_people_login_role", ["login_role"])
    with op.batch_alter_table("assessments") as batch:
        batch.add_column(sa.Column("assessor_id", ID, nullable=True))
        batch.create_foreign_key(
            "fk_assessments_assessor_id_people",
            "people",
            ["assessor_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index("ix_assessments_assessor_id", ["assessor_id"])
    op.create_table(
        "private_notes",
        sa.Column("meeting_id", ID, nullable=False),
        sa.Column("author_role", sa.String(63), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("meeting_id", name="pk_private_notes"),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name="fk_private_notes_meeting_id_meetings",
            ondelete="CASCADE",
        ),
    )
    op.execute(
        "INSERT INTO private_notes (meeting_id, author_role, body) "
        "SELECT id, NULL, private_notes FROM meetings WHERE private_notes <> ''"
    )
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("private_notes")
        batch.add_column(sa.Column("author_id", ID, nullable=True))
        batch.create_foreign_key(
            "fk_meetings_author_id_people", "people", ["author_id"], ["id"], ondelete="SET NULL"
        )
        batch.create_index("ix_meetings_author_id", ["author_id"])


def downgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.drop_index("ix_meetings_author_id")
        batch.drop_constraint("fk_meetings_author_id_people", type_="foreignkey")
        batch.drop_column("author_id")
        batch.add_column(sa.Column("private_notes", sa.Text(), nullable=False, server_default=""))
    op.execute(
        "UPDATE meetings SET private_notes = COALESCE((SELECT body FROM private_notes "
        "WHERE private_notes.meeting_id = meetings.id), '')"
    )
    op.drop_table("private_notes")
    with op.batch_alter_table("assessments") as batch:
        batch.drop_index("ix_assessments_assessor_id")
        batch.drop_constraint("fk_assessments_assessor_id_people", type_="foreignkey")
        batch.drop_column("assessor_id")
    with op.batch_alter_table("people") as batch:
        batch.drop_constraint("uq_people_login_role", type_="unique")
        batch.drop_column("login_role")
