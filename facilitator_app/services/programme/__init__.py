"""The programme office: workspaces sent to one PostgreSQL database (issue 20).

``sync`` sends a workspace (upsert by global id, tombstones, conflicts);
``report`` writes the cross-cluster workbook from what was sent.
"""
