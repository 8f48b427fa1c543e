"""add post published

Revision ID: b7f3e5a2c814
Revises: 8a4d2f6c1e93
Create Date: 2026-11-23 17:29:12.512196

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b7f3e5a2c814'
down_revision = '8a4d2f6c1e93'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "post",
        sa.Column("published", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("post") as batch_op:
        batch_op.drop_column("published")
