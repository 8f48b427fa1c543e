"""create post

Revision ID: 8a4d2f6c1e93
Revises: 3e1c7a9b5d20
Create Date: 2026-11-23 17:29:10.683906

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8a4d2f6c1e93'
down_revision = '3e1c7a9b5d20'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "post",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("author_id", sa.Integer(), sa.ForeignKey("author.id"), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("body", sa.Text()),
    )
    op.create_index("ix_post_author_id", "post", ["author_id"])


def downgrade() -> None:
    op.drop_index("ix_post_author_id", table_name="post")
    op.drop_table("post")
