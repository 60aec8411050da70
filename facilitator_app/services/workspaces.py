"""Use cases around whole workspaces: create, open, describe."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from facilitator_app.i18n.messages import _
from facilitator_app.paths import default_workspace_path
from facilitator_app.storage.models import (
    Ballot,
    Base,
    Member,
    Priority,
    SwotItem,
    TowsStrategy,
    VoteRound,
    Workshop,
)
from facilitator_app.storage.workspace import Workspace, open_workspace


def create_workspace(path: str | Path, cluster_name: str = "") -> Workspace:
    from facilitator_app.services.profile import update_profile
    from facilitator_app.storage.workspace import WorkspaceError

    path = Path(path)
    if path.exists():
        raise WorkspaceError(_("{name} already exists; choose another name.", name=path.name), exit_code=2)
    name = cluster_name or path.stem
    return open_workspace(path, create=True, initialise=lambda s: update_profile(s, name=name))


def open_default_workspace() -> Workspace:
    """The workspace in the user data folder, created on the first start."""
    return open_workspace(default_workspace_path(), create=True)


@dataclass(frozen=True)
class WorkspaceCounts:
    members: int
    workshops: int
    swot_items: int
    tows_strategies: int
    priorities: int
    rounds: int
    ballots: int


def counts(ws: Workspace) -> WorkspaceCounts:
    with ws.session() as s:

        def n(model: type[Base]) -> int:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)

        return WorkspaceCounts(
            members=n(Member),
            workshops=n(Workshop),
            swot_items=n(SwotItem),
            tows_strategies=n(TowsStrategy),
            priorities=n(Priority),
            rounds=n(VoteRound),
            ballots=n(Ballot),
        )
