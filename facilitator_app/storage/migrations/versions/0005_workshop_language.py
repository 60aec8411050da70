"""The language of a workshop's participants (issue 19).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

- ``workshops.language``: the language the workshop's participants read
  (``en``, ``es``, ``fr``, ``nl``, or ``ht`` for Haitian Creole), which the
  ballots, code slips, phone pages, kiosk, report and workbook of that
  workshop are written in, whatever language the app itself shows. NULL for
  the workshops made before this revision: they follow the app's language.

One nullable column; SQLite adds it in place (no table rebuild).
"""

from alembic import op
import sqlalchemy as sa


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("workshops", sa.Column("language", sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("workshops") as batch_op:
        batch_op.drop_column("language")
