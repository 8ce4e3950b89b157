"""People, framework versions, assessments and evidence (the first schema).

Written by hand and reviewed: every constraint carries the name the ORM's naming convention gives
it, so later batch migrations on SQLite can address it.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

ID = sa.String(36)


def upgrade() -> None:
    op.create_table(
        "framework_versions",
        sa.Column("id", ID, nullable=False),
        sa.Column("framework_id", sa.String(200), nullable=False),
        sa.Column("version", sa.String(100), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("filename", sa.String(500), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_framework_versions"),
        sa.UniqueConstraint("content_hash", name="uq_framework_versions_content_hash"),
    )
    op.create_index("ix_framework_versions_framework_id", "framework_versions", ["framework_id"])

    op.create_table(
        "people",
        sa.Column("id", ID, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("framework_version_id", ID, nullable=False),
        sa.Column("current_role", sa.String(200), nullable=True),
        sa.Column("manager_id", ID, nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_people"),
        sa.ForeignKeyConstraint(
            ["framework_version_id"],
            ["framework_versions.id"],
            name="fk_people_framework_version_id_framework_versions",
        ),
        sa.ForeignKeyConstraint(
            ["manager_id"], ["people.id"], name="fk_people_manager_id_people", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_people_name", "people", ["name"])
    op.create_index("ix_people_framework_version_id", "people", ["framework_version_id"])
    op.create_index("ix_people_manager_id", "people", ["manager_id"])

    op.create_table(
        "person_targets",
        sa.Column("person_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("person_id", "position", name="pk_person_targets"),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name="fk_person_targets_person_id_people",
            ondelete="CASCADE",
        ),
        sa.CheckConstraint("position BETWEEN 1 AND 3", name="ck_person_targets_position_1_to_3"),
    )

    op.create_table(
        "assessments",
        sa.Column("id", ID, nullable=False),
        sa.Column("person_id", ID, nullable=False),
        sa.Column("assessor_kind", sa.String(10), nullable=False),
        sa.Column("assessor_name", sa.String(200), nullable=False),
        sa.Column("assessed_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("corrects_id", ID, nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_assessments"),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name="fk_assessments_person_id_people",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["corrects_id"],
            ["assessments.id"],
            name="fk_assessments_corrects_id_assessments",
            ondelete="SET NULL",
        ),
        sa.CheckConstraint(
            "assessor_kind IN ('self', 'manager')", name="ck_assessments_assessor_kind"
        ),
        sa.CheckConstraint("status IN ('draft', 'shared', 'final')", name="ck_assessments_status"),
    )
    # The current-level query walks one person's assessments of one kind, newest first.
    op.create_index(
        "ix_assessments_person_kind_time",
        "assessments",
        ["person_id", "assessor_kind", "assessed_at"],
    )

    op.create_table(
        "assessment_items",
        sa.Column("id", ID, nullable=False),
        sa.Column("assessment_id", ID, nullable=False),
        sa.Column("skill_id", sa.String(200), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_assessment_items"),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name="fk_assessment_items_assessment_id_assessments",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "assessment_id", "skill_id", name="uq_assessment_items_assessment_id_skill_id"
        ),
    )

    op.create_table(
        "evidence",
        sa.Column("id", ID, nullable=False),
        sa.Column("person_id", ID, nullable=False),
        sa.Column("skill_id", sa.String(200), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("strength", sa.String(20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("link", sa.String(2000), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_evidence"),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name="fk_evidence_person_id_people",
            ondelete="CASCADE",
        ),
        sa.CheckConstraint(
            "kind IN ('work', 'training', 'feedback', 'certification')", name="ck_evidence_kind"
        ),
        sa.CheckConstraint(
            "strength IN ('claim', 'example', 'verified')", name="ck_evidence_strength"
        ),
    )
    op.create_index("ix_evidence_person_id", "evidence", ["person_id"])


def downgrade() -> None:
    op.drop_table("evidence")
    op.drop_table("assessment_items")
    op.drop_table("assessments")
    op.drop_table("person_targets")
    op.drop_table("people")
    op.drop_table("framework_versions")
