"""First schema: every table of a design.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_meta")),
    )
    op.create_table(
        "design",
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("territory_name", sa.Text(), nullable=False),
        sa.Column("territory_level", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("cluster_kind", sa.String(length=16), nullable=False),
        sa.Column("legal_vehicle", sa.String(length=40), nullable=False),
        sa.Column("facilitator", sa.Text(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("agreement_language", sa.String(length=2), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cemr_charter_signed", sa.Boolean(), nullable=False),
        sa.Column("balance_threshold_pct", sa.Integer(), nullable=False),
        sa.Column("suppression_min", sa.Integer(), nullable=False),
        sa.Column("progress_tolerance_pct", sa.Integer(), nullable=False),
        sa.Column("wizard_step", sa.String(length=32), nullable=False),
        sa.Column("wizard_done", sa.Boolean(), nullable=False),
        sa.Column("template_key", sa.String(length=64), nullable=True),
        sa.Column("edit_count", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("trashed_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_design")),
    )
    op.create_table(
        "actor",
        sa.Column("design_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("legal_form", sa.Text(), nullable=False),
        sa.Column("social_economy", sa.Boolean(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("contact_name", sa.Text(), nullable=False),
        sa.Column("contact_email", sa.Text(), nullable=False),
        sa.Column("contact_phone", sa.Text(), nullable=False),
        sa.Column("is_signatory", sa.Boolean(), nullable=False),
        sa.Column("women_led", sa.Boolean(), nullable=False),
        sa.Column("baseline_date", sa.Date(), nullable=True),
        sa.Column("workforce_women", sa.Integer(), nullable=True),
        sa.Column("workforce_men", sa.Integer(), nullable=True),
        sa.Column("workforce_not_stated", sa.Integer(), nullable=True),
        sa.Column("managers_women", sa.Integer(), nullable=True),
        sa.Column("managers_men", sa.Integer(), nullable=True),
        sa.Column("managers_not_stated", sa.Integer(), nullable=True),
        sa.Column("board_women", sa.Integer(), nullable=True),
        sa.Column("board_men", sa.Integer(), nullable=True),
        sa.Column("board_not_stated", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["design_id"], ["design.id"], name=op.f("fk_actor_design_id_design"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor")),
    )
    with op.batch_alter_table("actor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_design_id"), ["design_id"], unique=False)

    op.create_table(
        "agreement",
        sa.Column("design_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("version_number", sa.Integer(), nullable=False),
        sa.Column("version_date", sa.Date(), nullable=True),
        sa.Column("duration_months", sa.Integer(), nullable=True),
        sa.Column("renewal", sa.String(length=16), nullable=False),
        sa.Column("entry_into_force", sa.Date(), nullable=True),
        sa.Column("place_of_signature", sa.Text(), nullable=False),
        sa.Column("contact_point", sa.Text(), nullable=False),
        sa.Column("retention_years", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["design_id"],
            ["design.id"],
            name=op.f("fk_agreement_design_id_design"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
        sa.UniqueConstraint("design_id", name=op.f("uq_agreement_design_id")),
    )
    op.create_table(
        "financing_grid",
        sa.Column("design_id", sa.String(length=36), nullable=True),
        sa.Column("source_grid_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("authority", sa.Text(), nullable=False),
        sa.Column("threshold", sa.Integer(), nullable=False),
        sa.Column("gender_criterion_code", sa.String(length=16), nullable=False),
        sa.Column("gender_minimum", sa.Integer(), nullable=False),
        sa.Column("bonus_cap", sa.Integer(), nullable=False),
        sa.Column("total_cap", sa.Integer(), nullable=False),
        sa.Column("score_levels", sa.String(length=32), nullable=False),
        sa.Column("descriptors", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["design_id"],
            ["design.id"],
            name=op.f("fk_financing_grid_design_id_design"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_financing_grid")),
    )
    with op.batch_alter_table("financing_grid", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_financing_grid_design_id"), ["design_id"], unique=False
        )

    op.create_table(
        "governance_body",
        sa.Column("design_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("decision_rule", sa.Text(), nullable=False),
        sa.Column("quorum", sa.Text(), nullable=False),
        sa.Column("meetings_per_year", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["design_id"],
            ["design.id"],
            name=op.f("fk_governance_body_design_id_design"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_governance_body")),
    )
    with op.batch_alter_table("governance_body", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_governance_body_design_id"), ["design_id"], unique=False
        )

    op.create_table(
        "pooled_resource",
        sa.Column("design_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("equality_benefit", sa.Text(), nullable=False),
        sa.Column("access_rules", sa.Text(), nullable=False),
        sa.Column("cost_sharing", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["design_id"],
            ["design.id"],
            name=op.f("fk_pooled_resource_design_id_design"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pooled_resource")),
    )
    with op.batch_alter_table("pooled_resource", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pooled_resource_design_id"), ["design_id"], unique=False
        )

    op.create_table(
        "workshop",
        sa.Column("design_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("attendance_women", sa.Integer(), nullable=True),
        sa.Column("attendance_men", sa.Integer(), nullable=True),
        sa.Column("attendance_not_stated", sa.Integer(), nullable=True),
        sa.Column("steps", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["design_id"],
            ["design.id"],
            name=op.f("fk_workshop_design_id_design"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop")),
    )
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workshop_design_id"), ["design_id"], unique=False)

    op.create_table(
        "article_choice",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("included", sa.Boolean(), nullable=False),
        sa.Column("custom_text", sa.Text(), nullable=False),
        sa.Column("custom_mode", sa.String(length=8), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_article_choice_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_choice")),
        sa.UniqueConstraint("agreement_id", "code", name=op.f("uq_article_choice_agreement_id")),
    )
    op.create_table(
        "assessor",
        sa.Column("grid_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["grid_id"],
            ["financing_grid.id"],
            name=op.f("fk_assessor_grid_id_financing_grid"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessor")),
    )
    op.create_table(
        "commitment",
        sa.Column("design_id", sa.String(length=36), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actor.id"],
            name=op.f("fk_commitment_actor_id_actor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["design_id"],
            ["design.id"],
            name=op.f("fk_commitment_design_id_design"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment")),
    )
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_commitment_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitment_design_id"), ["design_id"], unique=False)

    op.create_table(
        "contribution",
        sa.Column("resource_id", sa.String(length=36), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value_cents", sa.BigInteger(), nullable=False),
        sa.Column("quantity", sa.Text(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actor.id"],
            name=op.f("fk_contribution_actor_id_actor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["resource_id"],
            ["pooled_resource.id"],
            name=op.f("fk_contribution_resource_id_pooled_resource"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contribution")),
    )
    with op.batch_alter_table("contribution", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contribution_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contribution_resource_id"), ["resource_id"], unique=False
        )

    op.create_table(
        "funder",
        sa.Column("design_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actor.id"], name=op.f("fk_funder_actor_id_actor"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["design_id"],
            ["design.id"],
            name=op.f("fk_funder_design_id_design"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funder")),
    )
    with op.batch_alter_table("funder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_funder_design_id"), ["design_id"], unique=False)

    op.create_table(
        "grid_bonus",
        sa.Column("grid_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("max_points", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["grid_id"],
            ["financing_grid.id"],
            name=op.f("fk_grid_bonus_grid_id_financing_grid"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grid_bonus")),
    )
    op.create_table(
        "grid_criterion",
        sa.Column("grid_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("max_points", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["grid_id"],
            ["financing_grid.id"],
            name=op.f("fk_grid_criterion_grid_id_financing_grid"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grid_criterion")),
    )
    op.create_table(
        "grid_gate",
        sa.Column("grid_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["grid_id"],
            ["financing_grid.id"],
            name=op.f("fk_grid_gate_grid_id_financing_grid"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grid_gate")),
    )
    op.create_table(
        "improvement_action",
        sa.Column("design_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("service", sa.Text(), nullable=False),
        sa.Column("gap", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("priority", sa.String(length=8), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["design_id"],
            ["design.id"],
            name=op.f("fk_improvement_action_design_id_design"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["actor.id"],
            name=op.f("fk_improvement_action_owner_id_actor"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_improvement_action")),
    )
    with op.batch_alter_table("improvement_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_improvement_action_design_id"), ["design_id"], unique=False
        )

    op.create_table(
        "indicator",
        sa.Column("design_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("catalogue_code", sa.String(length=8), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("domain", sa.String(length=16), nullable=False),
        sa.Column("unit", sa.String(length=32), nullable=False),
        sa.Column("disaggregation", sa.String(length=16), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("target_kind", sa.String(length=16), nullable=False),
        sa.Column("baseline_date", sa.Date(), nullable=True),
        sa.Column("baseline_women", sa.Float(), nullable=True),
        sa.Column("baseline_men", sa.Float(), nullable=True),
        sa.Column("baseline_value", sa.Float(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("target_women", sa.Float(), nullable=True),
        sa.Column("target_men", sa.Float(), nullable=True),
        sa.Column("target_value", sa.Float(), nullable=True),
        sa.Column("target_high", sa.Float(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("frequency", sa.String(length=16), nullable=False),
        sa.Column("responsible_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["design_id"],
            ["design.id"],
            name=op.f("fk_indicator_design_id_design"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["actor.id"],
            name=op.f("fk_indicator_responsible_id_actor"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_design_id"), ["design_id"], unique=False)

    op.create_table(
        "management_system",
        sa.Column("design_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("lead_actor_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["design_id"],
            ["design.id"],
            name=op.f("fk_management_system_design_id_design"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["lead_actor_id"],
            ["actor.id"],
            name=op.f("fk_management_system_lead_actor_id_actor"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_management_system")),
    )
    with op.batch_alter_table("management_system", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_management_system_design_id"), ["design_id"], unique=False
        )

    op.create_table(
        "resource_use",
        sa.Column("resource_id", sa.String(length=36), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=False),
        sa.Column("users_women", sa.Integer(), nullable=True),
        sa.Column("users_men", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actor.id"],
            name=op.f("fk_resource_use_actor_id_actor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["resource_id"],
            ["pooled_resource.id"],
            name=op.f("fk_resource_use_resource_id_pooled_resource"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource_use")),
    )
    with op.batch_alter_table("resource_use", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resource_use_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_resource_use_resource_id"), ["resource_id"], unique=False
        )

    op.create_table(
        "seat",
        sa.Column("body_id", sa.String(length=36), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("holder", sa.Text(), nullable=False),
        sa.Column("sex", sa.String(length=16), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actor.id"], name=op.f("fk_seat_actor_id_actor"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["body_id"],
            ["governance_body.id"],
            name=op.f("fk_seat_body_id_governance_body"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seat")),
    )
    with op.batch_alter_table("seat", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_seat_body_id"), ["body_id"], unique=False)

    op.create_table(
        "signatory",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("representative", sa.Text(), nullable=False),
        sa.Column("capacity", sa.Text(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actor.id"], name=op.f("fk_signatory_actor_id_actor"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_signatory_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatory")),
    )
    op.create_table(
        "skill_exchange",
        sa.Column("design_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.String(length=36), nullable=True),
        sa.Column("recipient_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("hours", sa.Integer(), nullable=True),
        sa.Column("participants_women", sa.Integer(), nullable=True),
        sa.Column("participants_men", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["design_id"],
            ["design.id"],
            name=op.f("fk_skill_exchange_design_id_design"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["actor.id"],
            name=op.f("fk_skill_exchange_provider_id_actor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["actor.id"],
            name=op.f("fk_skill_exchange_recipient_id_actor"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_exchange")),
    )
    with op.batch_alter_table("skill_exchange", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_skill_exchange_design_id"), ["design_id"], unique=False
        )

    op.create_table(
        "valorisation_action",
        sa.Column("design_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("audience", sa.Text(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("responsible_id", sa.String(length=36), nullable=True),
        sa.Column("speakers_women", sa.Integer(), nullable=True),
        sa.Column("speakers_men", sa.Integer(), nullable=True),
        sa.Column("speakers_not_stated", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["design_id"],
            ["design.id"],
            name=op.f("fk_valorisation_action_design_id_design"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["actor.id"],
            name=op.f("fk_valorisation_action_responsible_id_actor"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_valorisation_action")),
    )
    with op.batch_alter_table("valorisation_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_valorisation_action_design_id"), ["design_id"], unique=False
        )

    op.create_table(
        "bonus_award",
        sa.Column("assessor_id", sa.String(length=36), nullable=False),
        sa.Column("bonus_id", sa.String(length=36), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessor_id"],
            ["assessor.id"],
            name=op.f("fk_bonus_award_assessor_id_assessor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["bonus_id"],
            ["grid_bonus.id"],
            name=op.f("fk_bonus_award_bonus_id_grid_bonus"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bonus_award")),
        sa.UniqueConstraint("assessor_id", "bonus_id", name=op.f("uq_bonus_award_assessor_id")),
    )
    op.create_table(
        "budget_line",
        sa.Column("design_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("funder_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["design_id"],
            ["design.id"],
            name=op.f("fk_budget_line_design_id_design"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["funder_id"],
            ["funder.id"],
            name=op.f("fk_budget_line_funder_id_funder"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_budget_line_design_id"), ["design_id"], unique=False)

    op.create_table(
        "gate_answer",
        sa.Column("assessor_id", sa.String(length=36), nullable=False),
        sa.Column("gate_id", sa.String(length=36), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessor_id"],
            ["assessor.id"],
            name=op.f("fk_gate_answer_assessor_id_assessor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["gate_id"],
            ["grid_gate.id"],
            name=op.f("fk_gate_answer_gate_id_grid_gate"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gate_answer")),
        sa.UniqueConstraint("assessor_id", "gate_id", name=op.f("uq_gate_answer_assessor_id")),
    )
    op.create_table(
        "grid_sub_criterion",
        sa.Column("criterion_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("max_points", sa.Integer(), nullable=False),
        sa.Column("descriptors", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["grid_criterion.id"],
            name=op.f("fk_grid_sub_criterion_criterion_id_grid_criterion"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grid_sub_criterion")),
    )
    op.create_table(
        "measurement",
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("period", sa.String(length=32), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=True),
        sa.Column("value_women", sa.Float(), nullable=True),
        sa.Column("value_men", sa.Float(), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("count_women", sa.Integer(), nullable=True),
        sa.Column("count_men", sa.Integer(), nullable=True),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_measurement_indicator_id_indicator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurement")),
    )
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_measurement_indicator_id"), ["indicator_id"], unique=False
        )

    op.create_table(
        "score",
        sa.Column("assessor_id", sa.String(length=36), nullable=False),
        sa.Column("sub_criterion_id", sa.String(length=36), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessor_id"],
            ["assessor.id"],
            name=op.f("fk_score_assessor_id_assessor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sub_criterion_id"],
            ["grid_sub_criterion.id"],
            name=op.f("fk_score_sub_criterion_id_grid_sub_criterion"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_score")),
        sa.UniqueConstraint("assessor_id", "sub_criterion_id", name=op.f("uq_score_assessor_id")),
    )
    # "DESE" marks the file as ours; user_version is the schema number read before opening.
    op.execute("PRAGMA application_id = 1145393989")
    op.execute("PRAGMA user_version = 1")
