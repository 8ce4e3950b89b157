"""Development actions, their status log, one-to-ones; people get an archived flag.

The ``people`` change adds a CHECK constraint, which SQLite can only do by recreating the table
(batch mode). That recreation is exactly where foreign keys being on would cascade-delete every
assessment and evidence row; :mod:`cxcareer.store.migrate` runs this with foreign keys off and
checks them before commit, and the migration tests seed data at 0001 to prove it survives.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

ID = sa.String(36)


def upgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.add_column(
            sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.create_check_constraint(
            "ck_people_not_own_manager", "manager_id IS NULL OR manager_id <> id"
        )

    op.create_table(
        "actions",
        sa.Column("id", ID, nullable=False),
        sa.Column("person_id", ID, nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("skill_id", sa.String(200), nullable=True),
        sa.Column("target_role_id", sa.String(200), nullable=True),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_actions"),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name="fk_actions_person_id_people", ondelete="CASCADE"
        ),
        sa.CheckConstraint("status IN ('open', 'done', 'dropped')", name="ck_actions_status"),
    )
    op.create_index("ix_actions_person_id", "actions", ["person_id"])

    op.create_table(
        "action_status_changes",
        sa.Column("id", ID, nullable=False),
        sa.Column("action_id", ID, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("old_status", sa.String(10), nullable=True),
        sa.Column("new_status", sa.String(10), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_action_status_changes"),
        # seq orders changes made within the same instant
        sa.UniqueConstraint("action_id", "seq", name="uq_action_status_changes_action_id_seq"),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["actions.id"],
            name="fk_action_status_changes_action_id_actions",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_action_status_changes_action_id", "action_status_changes", ["action_id"])

    op.create_table(
        "meetings",
        sa.Column("id", ID, nullable=False),
        sa.Column("person_id", ID, nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("shared_notes", sa.Text(), nullable=False),
        sa.Column("private_notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_meetings"),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name="fk_meetings_person_id_people", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_meetings_person_held", "meetings", ["person_id", "held_on"])

    op.create_table(
        "meeting_actions",
        sa.Column("meeting_id", ID, nullable=False),
        sa.Column("action_id", ID, nullable=False),
        sa.Column("relation", sa.String(10), nullable=False),
        sa.PrimaryKeyConstraint("meeting_id", "action_id", name="pk_meeting_actions"),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name="fk_meeting_actions_meeting_id_meetings",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["actions.id"],
            name="fk_meeting_actions_action_id_actions",
            ondelete="CASCADE",
        ),
        sa.CheckConstraint("relation IN ('agreed', 'carried')", name="ck_meeting_actions_relation"),
    )
    op.create_index("ix_meeting_actions_action_id", "meeting_actions", ["action_id"])


def downgrade() -> None:
    op.drop_table("meeting_actions")
    op.drop_table("meetings")
    op.drop_table("action_status_changes")
    op.drop_table("actions")
    with op.batch_alter_table("people") as batch:
        batch.drop_constraint("ck_people_not_own_manager", type_="check")
        batch.drop_column("archived")
