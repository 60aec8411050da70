"""What the migrations create at each revision, as ``schema_check.describe`` tells it.

Generated: ``python -m tests.storage.test_schema_check`` writes it again from
the real migrations (after adding one); ``tests/storage/test_schema_check.py``
fails while it is out of date.
"""

from __future__ import annotations

SCHEMA: dict[str, dict[str, str]] = {'0001': {'index ix_audit_log_round_id': 'audit_log(round_id) unique 0 origin c partial 0',
          'index ix_audit_log_workshop_id': 'audit_log(workshop_id) unique 0 origin c partial 0',
          'index ix_ballots_round_id': 'ballots(round_id) unique 0 origin c partial 0',
          'index ix_members_name': 'members(name) unique 0 origin c partial 0',
          'index ix_priorities_workshop_id': 'priorities(workshop_id) unique 0 origin c partial 0',
          'index ix_swot_items_workshop_id': 'swot_items(workshop_id) unique 0 origin c partial 0',
          'index ix_tows_strategies_workshop_id': 'tows_strategies(workshop_id) unique 0 origin c '
                                                  'partial 0',
          'index ix_vote_rounds_workshop_id': 'vote_rounds(workshop_id) unique 0 origin c partial '
                                              '0',
          'index sqlite_autoindex_alembic_version_1': 'alembic_version(version_num) unique 1 '
                                                      'origin pk partial 0',
          'index sqlite_autoindex_attendance_1': 'attendance(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_attendance_2': 'attendance(workshop_id, member_id) unique 1 '
                                                 'origin u partial 0',
          'index sqlite_autoindex_audit_log_1': 'audit_log(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_ballot_entries_1': 'ballot_entries(ballot_id, option_id) unique '
                                                     '1 origin u partial 0',
          'index sqlite_autoindex_ballot_entries_2': 'ballot_entries(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_ballots_1': 'ballots(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_cluster_profile_1': 'cluster_profile(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_members_1': 'members(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_priorities_1': 'priorities(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_round_options_1': 'round_options(round_id, priority_id) unique '
                                                    '1 origin u partial 0',
          'index sqlite_autoindex_round_options_2': 'round_options(uid) unique 1 origin u partial '
                                                    '0',
          'index sqlite_autoindex_settings_1': 'settings(key) unique 1 origin u partial 0',
          'index sqlite_autoindex_settings_2': 'settings(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_attributions_1': 'swot_attributions(item_id, member_id) '
                                                        'unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_attributions_2': 'swot_attributions(uid) unique 1 origin u '
                                                        'partial 0',
          'index sqlite_autoindex_swot_items_1': 'swot_items(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_templates_1': 'swot_templates(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_tows_links_1': 'tows_links(strategy_id, item_id) unique 1 '
                                                 'origin u partial 0',
          'index sqlite_autoindex_tows_links_2': 'tows_links(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_tows_strategies_1': 'tows_strategies(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_vote_rounds_1': 'vote_rounds(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_voter_receipts_1': 'voter_receipts(round_id, member_id) unique '
                                                     '1 origin u partial 0',
          'index sqlite_autoindex_voter_receipts_2': 'voter_receipts(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_workshops_1': 'workshops(uid) unique 1 origin u partial 0',
          'table alembic_version': 'version_num VARCHAR(32) not null pk1',
          'table attendance': 'workshop_id INTEGER not null, member_id INTEGER not null, role '
                              'VARCHAR(20) not null, representative VARCHAR(200) not null, id '
                              'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                              'DATETIME not null, updated_at DATETIME not null; '
                              'member_id->members.id on update NO ACTION on delete CASCADE; '
                              'workshop_id->workshops.id on update NO ACTION on delete CASCADE',
          'table audit_log': 'at DATETIME not null, actor VARCHAR(200) not null, action '
                             'VARCHAR(60) not null, entity VARCHAR(60) not null, entity_uid '
                             'VARCHAR(36), workshop_id INTEGER, round_id INTEGER, details TEXT '
                             'not null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                             'created_at DATETIME not null, updated_at DATETIME not null; '
                             'round_id->vote_rounds.id on update NO ACTION on delete SET NULL; '
                             'workshop_id->workshops.id on update NO ACTION on delete SET NULL',
          'table ballot_entries': 'ballot_id INTEGER not null, option_id INTEGER not null, value '
                                  'FLOAT, value2 FLOAT, id INTEGER not null pk1, uid VARCHAR(36) '
                                  'not null, created_at DATETIME not null, updated_at DATETIME '
                                  'not null; ballot_id->ballots.id on update NO ACTION on delete '
                                  'CASCADE; option_id->round_options.id on update NO ACTION on '
                                  'delete CASCADE',
          'table ballots': 'round_id INTEGER not null, voter_id INTEGER, source VARCHAR(20) not '
                           'null, entered_by VARCHAR(200) not null, entered_at DATETIME, weight '
                           'FLOAT not null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                           'created_at DATETIME not null, updated_at DATETIME not null; '
                           'round_id->vote_rounds.id on update NO ACTION on delete CASCADE; '
                           'voter_id->members.id on update NO ACTION on delete SET NULL',
          'table cluster_profile': 'name VARCHAR(200) not null, country VARCHAR(100) not null, '
                                   'sector VARCHAR(200) not null, cluster_type VARCHAR(100) not '
                                   'null, maturity VARCHAR(20) not null, facilitator VARCHAR(200) '
                                   'not null, description TEXT not null, id INTEGER not null pk1, '
                                   'uid VARCHAR(36) not null, created_at DATETIME not null, '
                                   'updated_at DATETIME not null',
          'table members': 'name VARCHAR(300) not null, member_type VARCHAR(40), size '
                           'VARCHAR(20), employees INTEGER, segment VARCHAR(40), sub_sector '
                           'VARCHAR(200), ownership VARCHAR(20), women_led BOOLEAN, exporter '
                           'BOOLEAN, country VARCHAR(100), locality VARCHAR(200), contact_person '
                           'VARCHAR(200), contact_role VARCHAR(200), email VARCHAR(254), phone '
                           'VARCHAR(60), preferred_language VARCHAR(10), status VARCHAR(20) not '
                           'null, join_date DATE, exit_date DATE, vote_weight FLOAT not null, '
                           'governance_role VARCHAR(200), certifications VARCHAR(300), '
                           'consent_to_share BOOLEAN, notes TEXT, id INTEGER not null pk1, uid '
                           'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                           'DATETIME not null',
          'table priorities': 'workshop_id INTEGER not null, title TEXT not null, description '
                              'TEXT not null, category VARCHAR(100) not null, position INTEGER '
                              'not null, source_kind VARCHAR(20) not null, source_tows_id '
                              'INTEGER, source_swot_id INTEGER, id INTEGER not null pk1, uid '
                              'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                              'DATETIME not null; source_swot_id->swot_items.id on update NO '
                              'ACTION on delete SET NULL; source_tows_id->tows_strategies.id on '
                              'update NO ACTION on delete SET NULL; workshop_id->workshops.id on '
                              'update NO ACTION on delete CASCADE',
          'table round_options': 'round_id INTEGER not null, priority_id INTEGER not null, '
                                 'position INTEGER not null, id INTEGER not null pk1, uid '
                                 'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                                 'DATETIME not null; priority_id->priorities.id on update NO '
                                 'ACTION on delete CASCADE; round_id->vote_rounds.id on update NO '
                                 'ACTION on delete CASCADE',
          'table settings': 'key VARCHAR(100) not null, value TEXT not null, id INTEGER not null '
                            'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                            'updated_at DATETIME not null',
          'table swot_attributions': 'item_id INTEGER not null, member_id INTEGER not null, id '
                                     'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                     'DATETIME not null, updated_at DATETIME not null; '
                                     'item_id->swot_items.id on update NO ACTION on delete '
                                     'CASCADE; member_id->members.id on update NO ACTION on '
                                     'delete CASCADE',
          'table swot_items': 'workshop_id INTEGER not null, quadrant VARCHAR(1) not null, text '
                              'TEXT not null, position INTEGER not null, dots INTEGER not null, '
                              'id INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                              'DATETIME not null, updated_at DATETIME not null; '
                              'workshop_id->workshops.id on update NO ACTION on delete CASCADE',
          'table swot_templates': 'name VARCHAR(200) not null, content TEXT not null, id INTEGER '
                                  'not null pk1, uid VARCHAR(36) not null, created_at DATETIME '
                                  'not null, updated_at DATETIME not null',
          'table tows_links': 'strategy_id INTEGER not null, item_id INTEGER not null, id INTEGER '
                              'not null pk1, uid VARCHAR(36) not null, created_at DATETIME not '
                              'null, updated_at DATETIME not null; item_id->swot_items.id on '
                              'update NO ACTION on delete CASCADE; '
                              'strategy_id->tows_strategies.id on update NO ACTION on delete '
                              'CASCADE',
          'table tows_strategies': 'workshop_id INTEGER not null, kind VARCHAR(2) not null, text '
                                   'TEXT not null, position INTEGER not null, id INTEGER not null '
                                   'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                                   'updated_at DATETIME not null; workshop_id->workshops.id on '
                                   'update NO ACTION on delete CASCADE',
          'table vote_rounds': 'workshop_id INTEGER not null, number INTEGER not null, title '
                               'VARCHAR(300) not null, method VARCHAR(20) not null, params TEXT '
                               'not null, anonymity VARCHAR(20) not null, status VARCHAR(20) not '
                               'null, view_filter VARCHAR(60) not null, use_weights BOOLEAN not '
                               'null, previous_round_id INTEGER, locked_at DATETIME, closed_at '
                               'DATETIME, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                               'created_at DATETIME not null, updated_at DATETIME not null; '
                               'previous_round_id->vote_rounds.id on update NO ACTION on delete '
                               'SET NULL; workshop_id->workshops.id on update NO ACTION on delete '
                               'CASCADE',
          'table voter_receipts': 'round_id INTEGER not null, member_id INTEGER not null, id '
                                  'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                  'DATETIME not null, updated_at DATETIME not null; '
                                  'member_id->members.id on update NO ACTION on delete CASCADE; '
                                  'round_id->vote_rounds.id on update NO ACTION on delete CASCADE',
          'table workshops': 'title VARCHAR(300) not null, date DATE, venue VARCHAR(300) not '
                             'null, facilitator VARCHAR(200) not null, notes TEXT not null, '
                             'status VARCHAR(20) not null, swot_template_id VARCHAR(100), '
                             'swot_prompts TEXT, id INTEGER not null pk1, uid VARCHAR(36) not '
                             'null, created_at DATETIME not null, updated_at DATETIME not null'},
 '0002': {'index ix_audit_log_round_id': 'audit_log(round_id) unique 0 origin c partial 0',
          'index ix_audit_log_workshop_id': 'audit_log(workshop_id) unique 0 origin c partial 0',
          'index ix_ballots_round_id': 'ballots(round_id) unique 0 origin c partial 0',
          'index ix_members_name': 'members(name) unique 0 origin c partial 0',
          'index ix_priorities_workshop_id': 'priorities(workshop_id) unique 0 origin c partial 0',
          'index ix_swot_items_workshop_id': 'swot_items(workshop_id) unique 0 origin c partial 0',
          'index ix_tows_strategies_workshop_id': 'tows_strategies(workshop_id) unique 0 origin c '
                                                  'partial 0',
          'index ix_vote_rounds_workshop_id': 'vote_rounds(workshop_id) unique 0 origin c partial '
                                              '0',
          'index sqlite_autoindex_alembic_version_1': 'alembic_version(version_num) unique 1 '
                                                      'origin pk partial 0',
          'index sqlite_autoindex_attendance_1': 'attendance(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_attendance_2': 'attendance(workshop_id, member_id) unique 1 '
                                                 'origin u partial 0',
          'index sqlite_autoindex_audit_log_1': 'audit_log(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_ballot_entries_1': 'ballot_entries(ballot_id, option_id) unique '
                                                     '1 origin u partial 0',
          'index sqlite_autoindex_ballot_entries_2': 'ballot_entries(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_ballots_1': 'ballots(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_cluster_profile_1': 'cluster_profile(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_members_1': 'members(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_priorities_1': 'priorities(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_round_options_1': 'round_options(round_id, priority_id) unique '
                                                    '1 origin u partial 0',
          'index sqlite_autoindex_round_options_2': 'round_options(uid) unique 1 origin u partial '
                                                    '0',
          'index sqlite_autoindex_settings_1': 'settings(key) unique 1 origin u partial 0',
          'index sqlite_autoindex_settings_2': 'settings(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_attributions_1': 'swot_attributions(item_id, member_id) '
                                                        'unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_attributions_2': 'swot_attributions(uid) unique 1 origin u '
                                                        'partial 0',
          'index sqlite_autoindex_swot_items_1': 'swot_items(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_templates_1': 'swot_templates(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_tows_links_1': 'tows_links(strategy_id, item_id) unique 1 '
                                                 'origin u partial 0',
          'index sqlite_autoindex_tows_links_2': 'tows_links(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_tows_strategies_1': 'tows_strategies(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_vote_rounds_1': 'vote_rounds(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_voter_receipts_1': 'voter_receipts(round_id, member_id) unique '
                                                     '1 origin u partial 0',
          'index sqlite_autoindex_voter_receipts_2': 'voter_receipts(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_workshops_1': 'workshops(uid) unique 1 origin u partial 0',
          'table alembic_version': 'version_num VARCHAR(32) not null pk1',
          'table attendance': 'workshop_id INTEGER not null, member_id INTEGER not null, role '
                              'VARCHAR(20) not null, representative VARCHAR(200) not null, id '
                              'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                              'DATETIME not null, updated_at DATETIME not null; '
                              'member_id->members.id on update NO ACTION on delete CASCADE; '
                              'workshop_id->workshops.id on update NO ACTION on delete CASCADE',
          'table audit_log': 'at DATETIME not null, actor VARCHAR(200) not null, action '
                             'VARCHAR(60) not null, entity VARCHAR(60) not null, entity_uid '
                             'VARCHAR(36), workshop_id INTEGER, round_id INTEGER, details TEXT '
                             'not null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                             'created_at DATETIME not null, updated_at DATETIME not null; '
                             'round_id->vote_rounds.id on update NO ACTION on delete SET NULL; '
                             'workshop_id->workshops.id on update NO ACTION on delete SET NULL',
          'table ballot_entries': 'ballot_id INTEGER not null, option_id INTEGER not null, value '
                                  'FLOAT, value2 FLOAT, id INTEGER not null pk1, uid VARCHAR(36) '
                                  'not null, created_at DATETIME not null, updated_at DATETIME '
                                  'not null; ballot_id->ballots.id on update NO ACTION on delete '
                                  'CASCADE; option_id->round_options.id on update NO ACTION on '
                                  'delete CASCADE',
          'table ballots': 'round_id INTEGER not null, voter_id INTEGER, source VARCHAR(20) not '
                           'null, entered_by VARCHAR(200) not null, entered_at DATETIME, weight '
                           'FLOAT not null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                           'created_at DATETIME not null, updated_at DATETIME not null, '
                           'voter_type VARCHAR(40); round_id->vote_rounds.id on update NO ACTION '
                           'on delete CASCADE; voter_id->members.id on update NO ACTION on delete '
                           'SET NULL',
          'table cluster_profile': 'name VARCHAR(200) not null, country VARCHAR(100) not null, '
                                   'sector VARCHAR(200) not null, cluster_type VARCHAR(100) not '
                                   'null, maturity VARCHAR(20) not null, facilitator VARCHAR(200) '
                                   'not null, description TEXT not null, id INTEGER not null pk1, '
                                   'uid VARCHAR(36) not null, created_at DATETIME not null, '
                                   'updated_at DATETIME not null',
          'table members': 'name VARCHAR(300) not null, member_type VARCHAR(40), size '
                           'VARCHAR(20), employees INTEGER, segment VARCHAR(40), sub_sector '
                           'VARCHAR(200), ownership VARCHAR(20), women_led BOOLEAN, exporter '
                           'BOOLEAN, country VARCHAR(100), locality VARCHAR(200), contact_person '
                           'VARCHAR(200), contact_role VARCHAR(200), email VARCHAR(254), phone '
                           'VARCHAR(60), preferred_language VARCHAR(10), status VARCHAR(20) not '
                           'null, join_date DATE, exit_date DATE, vote_weight FLOAT not null, '
                           'governance_role VARCHAR(200), certifications VARCHAR(300), '
                           'consent_to_share BOOLEAN, notes TEXT, id INTEGER not null pk1, uid '
                           'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                           'DATETIME not null',
          'table priorities': 'workshop_id INTEGER not null, title TEXT not null, description '
                              'TEXT not null, category VARCHAR(100) not null, position INTEGER '
                              'not null, source_kind VARCHAR(20) not null, source_tows_id '
                              'INTEGER, source_swot_id INTEGER, id INTEGER not null pk1, uid '
                              'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                              'DATETIME not null; source_swot_id->swot_items.id on update NO '
                              'ACTION on delete SET NULL; source_tows_id->tows_strategies.id on '
                              'update NO ACTION on delete SET NULL; workshop_id->workshops.id on '
                              'update NO ACTION on delete CASCADE',
          'table round_options': 'round_id INTEGER not null, priority_id INTEGER not null, '
                                 'position INTEGER not null, id INTEGER not null pk1, uid '
                                 'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                                 'DATETIME not null; priority_id->priorities.id on update NO '
                                 'ACTION on delete CASCADE; round_id->vote_rounds.id on update NO '
                                 'ACTION on delete CASCADE',
          'table settings': 'key VARCHAR(100) not null, value TEXT not null, id INTEGER not null '
                            'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                            'updated_at DATETIME not null',
          'table swot_attributions': 'item_id INTEGER not null, member_id INTEGER not null, id '
                                     'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                     'DATETIME not null, updated_at DATETIME not null; '
                                     'item_id->swot_items.id on update NO ACTION on delete '
                                     'CASCADE; member_id->members.id on update NO ACTION on '
                                     'delete CASCADE',
          'table swot_items': 'workshop_id INTEGER not null, quadrant VARCHAR(1) not null, text '
                              'TEXT not null, position INTEGER not null, dots INTEGER not null, '
                              'id INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                              'DATETIME not null, updated_at DATETIME not null; '
                              'workshop_id->workshops.id on update NO ACTION on delete CASCADE',
          'table swot_templates': 'name VARCHAR(200) not null, content TEXT not null, id INTEGER '
                                  'not null pk1, uid VARCHAR(36) not null, created_at DATETIME '
                                  'not null, updated_at DATETIME not null',
          'table tows_links': 'strategy_id INTEGER not null, item_id INTEGER not null, id INTEGER '
                              'not null pk1, uid VARCHAR(36) not null, created_at DATETIME not '
                              'null, updated_at DATETIME not null; item_id->swot_items.id on '
                              'update NO ACTION on delete CASCADE; '
                              'strategy_id->tows_strategies.id on update NO ACTION on delete '
                              'CASCADE',
          'table tows_strategies': 'workshop_id INTEGER not null, kind VARCHAR(2) not null, text '
                                   'TEXT not null, position INTEGER not null, id INTEGER not null '
                                   'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                                   'updated_at DATETIME not null; workshop_id->workshops.id on '
                                   'update NO ACTION on delete CASCADE',
          'table vote_rounds': 'workshop_id INTEGER not null, number INTEGER not null, title '
                               'VARCHAR(300) not null, method VARCHAR(20) not null, params TEXT '
                               'not null, anonymity VARCHAR(20) not null, status VARCHAR(20) not '
                               'null, view_filter VARCHAR(60) not null, use_weights BOOLEAN not '
                               'null, previous_round_id INTEGER, locked_at DATETIME, closed_at '
                               'DATETIME, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                               'created_at DATETIME not null, updated_at DATETIME not null; '
                               'previous_round_id->vote_rounds.id on update NO ACTION on delete '
                               'SET NULL; workshop_id->workshops.id on update NO ACTION on delete '
                               'CASCADE',
          'table voter_receipts': 'round_id INTEGER not null, member_id INTEGER not null, id '
                                  'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                  'DATETIME not null, updated_at DATETIME not null; '
                                  'member_id->members.id on update NO ACTION on delete CASCADE; '
                                  'round_id->vote_rounds.id on update NO ACTION on delete CASCADE',
          'table workshops': 'title VARCHAR(300) not null, date DATE, venue VARCHAR(300) not '
                             'null, facilitator VARCHAR(200) not null, notes TEXT not null, '
                             'status VARCHAR(20) not null, swot_template_id VARCHAR(100), '
                             'swot_prompts TEXT, id INTEGER not null pk1, uid VARCHAR(36) not '
                             'null, created_at DATETIME not null, updated_at DATETIME not null'},
 '0003': {'index ix_audit_log_round_id': 'audit_log(round_id) unique 0 origin c partial 0',
          'index ix_audit_log_workshop_id': 'audit_log(workshop_id) unique 0 origin c partial 0',
          'index ix_ballots_round_id': 'ballots(round_id) unique 0 origin c partial 0',
          'index ix_members_name': 'members(name) unique 0 origin c partial 0',
          'index ix_priorities_workshop_id': 'priorities(workshop_id) unique 0 origin c partial 0',
          'index ix_swot_items_workshop_id': 'swot_items(workshop_id) unique 0 origin c partial 0',
          'index ix_tows_strategies_workshop_id': 'tows_strategies(workshop_id) unique 0 origin c '
                                                  'partial 0',
          'index ix_vote_rounds_workshop_id': 'vote_rounds(workshop_id) unique 0 origin c partial '
                                              '0',
          'index ix_voter_codes_member_id': 'voter_codes(member_id) unique 0 origin c partial 0',
          'index sqlite_autoindex_alembic_version_1': 'alembic_version(version_num) unique 1 '
                                                      'origin pk partial 0',
          'index sqlite_autoindex_attendance_1': 'attendance(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_attendance_2': 'attendance(workshop_id, member_id) unique 1 '
                                                 'origin u partial 0',
          'index sqlite_autoindex_audit_log_1': 'audit_log(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_ballot_entries_1': 'ballot_entries(ballot_id, option_id) unique '
                                                     '1 origin u partial 0',
          'index sqlite_autoindex_ballot_entries_2': 'ballot_entries(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_ballots_1': 'ballots(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_cluster_profile_1': 'cluster_profile(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_code_holders_1': 'code_holders(round_id, member_id) unique 1 '
                                                   'origin u partial 0',
          'index sqlite_autoindex_code_holders_2': 'code_holders(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_members_1': 'members(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_priorities_1': 'priorities(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_round_options_1': 'round_options(round_id, priority_id) unique '
                                                    '1 origin u partial 0',
          'index sqlite_autoindex_round_options_2': 'round_options(uid) unique 1 origin u partial '
                                                    '0',
          'index sqlite_autoindex_settings_1': 'settings(key) unique 1 origin u partial 0',
          'index sqlite_autoindex_settings_2': 'settings(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_attributions_1': 'swot_attributions(item_id, member_id) '
                                                        'unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_attributions_2': 'swot_attributions(uid) unique 1 origin u '
                                                        'partial 0',
          'index sqlite_autoindex_swot_items_1': 'swot_items(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_templates_1': 'swot_templates(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_tows_links_1': 'tows_links(strategy_id, item_id) unique 1 '
                                                 'origin u partial 0',
          'index sqlite_autoindex_tows_links_2': 'tows_links(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_tows_strategies_1': 'tows_strategies(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_vote_rounds_1': 'vote_rounds(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_voter_codes_1': 'voter_codes(round_id, code_hash) unique 1 '
                                                  'origin u partial 0',
          'index sqlite_autoindex_voter_codes_2': 'voter_codes(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_voter_receipts_1': 'voter_receipts(round_id, member_id) unique '
                                                     '1 origin u partial 0',
          'index sqlite_autoindex_voter_receipts_2': 'voter_receipts(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_workshops_1': 'workshops(uid) unique 1 origin u partial 0',
          'table alembic_version': 'version_num VARCHAR(32) not null pk1',
          'table attendance': 'workshop_id INTEGER not null, member_id INTEGER not null, role '
                              'VARCHAR(20) not null, representative VARCHAR(200) not null, id '
                              'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                              'DATETIME not null, updated_at DATETIME not null; '
                              'member_id->members.id on update NO ACTION on delete CASCADE; '
                              'workshop_id->workshops.id on update NO ACTION on delete CASCADE',
          'table audit_log': 'at DATETIME not null, actor VARCHAR(200) not null, action '
                             'VARCHAR(60) not null, entity VARCHAR(60) not null, entity_uid '
                             'VARCHAR(36), workshop_id INTEGER, round_id INTEGER, details TEXT '
                             'not null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                             'created_at DATETIME not null, updated_at DATETIME not null; '
                             'round_id->vote_rounds.id on update NO ACTION on delete SET NULL; '
                             'workshop_id->workshops.id on update NO ACTION on delete SET NULL',
          'table ballot_entries': 'ballot_id INTEGER not null, option_id INTEGER not null, value '
                                  'FLOAT, value2 FLOAT, id INTEGER not null pk1, uid VARCHAR(36) '
                                  'not null, created_at DATETIME not null, updated_at DATETIME '
                                  'not null; ballot_id->ballots.id on update NO ACTION on delete '
                                  'CASCADE; option_id->round_options.id on update NO ACTION on '
                                  'delete CASCADE',
          'table ballots': 'round_id INTEGER not null, voter_id INTEGER, source VARCHAR(20) not '
                           'null, entered_by VARCHAR(200) not null, entered_at DATETIME, weight '
                           'FLOAT not null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                           'created_at DATETIME not null, updated_at DATETIME not null, '
                           'voter_type VARCHAR(40); round_id->vote_rounds.id on update NO ACTION '
                           'on delete CASCADE; voter_id->members.id on update NO ACTION on delete '
                           'SET NULL',
          'table cluster_profile': 'name VARCHAR(200) not null, country VARCHAR(100) not null, '
                                   'sector VARCHAR(200) not null, cluster_type VARCHAR(100) not '
                                   'null, maturity VARCHAR(20) not null, facilitator VARCHAR(200) '
                                   'not null, description TEXT not null, id INTEGER not null pk1, '
                                   'uid VARCHAR(36) not null, created_at DATETIME not null, '
                                   'updated_at DATETIME not null',
          'table code_holders': 'round_id INTEGER not null, member_id INTEGER not null, id '
                                'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                'DATETIME not null, updated_at DATETIME not null; '
                                'member_id->members.id on update NO ACTION on delete CASCADE; '
                                'round_id->vote_rounds.id on update NO ACTION on delete CASCADE',
          'table members': 'name VARCHAR(300) not null, member_type VARCHAR(40), size '
                           'VARCHAR(20), employees INTEGER, segment VARCHAR(40), sub_sector '
                           'VARCHAR(200), ownership VARCHAR(20), women_led BOOLEAN, exporter '
                           'BOOLEAN, country VARCHAR(100), locality VARCHAR(200), contact_person '
                           'VARCHAR(200), contact_role VARCHAR(200), email VARCHAR(254), phone '
                           'VARCHAR(60), preferred_language VARCHAR(10), status VARCHAR(20) not '
                           'null, join_date DATE, exit_date DATE, vote_weight FLOAT not null, '
                           'governance_role VARCHAR(200), certifications VARCHAR(300), '
                           'consent_to_share BOOLEAN, notes TEXT, id INTEGER not null pk1, uid '
                           'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                           'DATETIME not null',
          'table priorities': 'workshop_id INTEGER not null, title TEXT not null, description '
                              'TEXT not null, category VARCHAR(100) not null, position INTEGER '
                              'not null, source_kind VARCHAR(20) not null, source_tows_id '
                              'INTEGER, source_swot_id INTEGER, id INTEGER not null pk1, uid '
                              'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                              'DATETIME not null; source_swot_id->swot_items.id on update NO '
                              'ACTION on delete SET NULL; source_tows_id->tows_strategies.id on '
                              'update NO ACTION on delete SET NULL; workshop_id->workshops.id on '
                              'update NO ACTION on delete CASCADE',
          'table round_options': 'round_id INTEGER not null, priority_id INTEGER not null, '
                                 'position INTEGER not null, id INTEGER not null pk1, uid '
                                 'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                                 'DATETIME not null; priority_id->priorities.id on update NO '
                                 'ACTION on delete CASCADE; round_id->vote_rounds.id on update NO '
                                 'ACTION on delete CASCADE',
          'table settings': 'key VARCHAR(100) not null, value TEXT not null, id INTEGER not null '
                            'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                            'updated_at DATETIME not null',
          'table swot_attributions': 'item_id INTEGER not null, member_id INTEGER not null, id '
                                     'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                     'DATETIME not null, updated_at DATETIME not null; '
                                     'item_id->swot_items.id on update NO ACTION on delete '
                                     'CASCADE; member_id->members.id on update NO ACTION on '
                                     'delete CASCADE',
          'table swot_items': 'workshop_id INTEGER not null, quadrant VARCHAR(1) not null, text '
                              'TEXT not null, position INTEGER not null, dots INTEGER not null, '
                              'id INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                              'DATETIME not null, updated_at DATETIME not null; '
                              'workshop_id->workshops.id on update NO ACTION on delete CASCADE',
          'table swot_templates': 'name VARCHAR(200) not null, content TEXT not null, id INTEGER '
                                  'not null pk1, uid VARCHAR(36) not null, created_at DATETIME '
                                  'not null, updated_at DATETIME not null',
          'table tows_links': 'strategy_id INTEGER not null, item_id INTEGER not null, id INTEGER '
                              'not null pk1, uid VARCHAR(36) not null, created_at DATETIME not '
                              'null, updated_at DATETIME not null; item_id->swot_items.id on '
                              'update NO ACTION on delete CASCADE; '
                              'strategy_id->tows_strategies.id on update NO ACTION on delete '
                              'CASCADE',
          'table tows_strategies': 'workshop_id INTEGER not null, kind VARCHAR(2) not null, text '
                                   'TEXT not null, position INTEGER not null, id INTEGER not null '
                                   'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                                   'updated_at DATETIME not null; workshop_id->workshops.id on '
                                   'update NO ACTION on delete CASCADE',
          'table vote_rounds': 'workshop_id INTEGER not null, number INTEGER not null, title '
                               'VARCHAR(300) not null, method VARCHAR(20) not null, params TEXT '
                               'not null, anonymity VARCHAR(20) not null, status VARCHAR(20) not '
                               'null, view_filter VARCHAR(60) not null, use_weights BOOLEAN not '
                               'null, previous_round_id INTEGER, locked_at DATETIME, closed_at '
                               'DATETIME, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                               'created_at DATETIME not null, updated_at DATETIME not null; '
                               'previous_round_id->vote_rounds.id on update NO ACTION on delete '
                               'SET NULL; workshop_id->workshops.id on update NO ACTION on delete '
                               'CASCADE',
          'table voter_codes': 'round_id INTEGER not null, code_hash VARCHAR(64) not null, '
                               'member_id INTEGER, status VARCHAR(10) not null, id INTEGER not '
                               'null pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                               'updated_at DATETIME not null; member_id->members.id on update NO '
                               'ACTION on delete CASCADE; round_id->vote_rounds.id on update NO '
                               'ACTION on delete CASCADE',
          'table voter_receipts': 'round_id INTEGER not null, member_id INTEGER not null, id '
                                  'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                  'DATETIME not null, updated_at DATETIME not null; '
                                  'member_id->members.id on update NO ACTION on delete CASCADE; '
                                  'round_id->vote_rounds.id on update NO ACTION on delete CASCADE',
          'table workshops': 'title VARCHAR(300) not null, date DATE, venue VARCHAR(300) not '
                             'null, facilitator VARCHAR(200) not null, notes TEXT not null, '
                             'status VARCHAR(20) not null, swot_template_id VARCHAR(100), '
                             'swot_prompts TEXT, id INTEGER not null pk1, uid VARCHAR(36) not '
                             'null, created_at DATETIME not null, updated_at DATETIME not null'},
 '0004': {'index ix_action_partners_member_id': 'action_partners(member_id) unique 0 origin c '
                                                'partial 0',
          'index ix_actions_decision_id': 'actions(decision_id) unique 0 origin c partial 0',
          'index ix_actions_lead_member_id': 'actions(lead_member_id) unique 0 origin c partial 0',
          'index ix_audit_log_round_id': 'audit_log(round_id) unique 0 origin c partial 0',
          'index ix_audit_log_workshop_id': 'audit_log(workshop_id) unique 0 origin c partial 0',
          'index ix_ballots_round_id': 'ballots(round_id) unique 0 origin c partial 0',
          'index ix_decisions_workshop_id': 'decisions(workshop_id) unique 0 origin c partial 0',
          'index ix_indicators_action_id': 'indicators(action_id) unique 0 origin c partial 0',
          'index ix_members_name': 'members(name) unique 0 origin c partial 0',
          'index ix_priorities_workshop_id': 'priorities(workshop_id) unique 0 origin c partial 0',
          'index ix_swot_items_workshop_id': 'swot_items(workshop_id) unique 0 origin c partial 0',
          'index ix_tows_strategies_workshop_id': 'tows_strategies(workshop_id) unique 0 origin c '
                                                  'partial 0',
          'index ix_vote_rounds_workshop_id': 'vote_rounds(workshop_id) unique 0 origin c partial '
                                              '0',
          'index ix_voter_codes_member_id': 'voter_codes(member_id) unique 0 origin c partial 0',
          'index sqlite_autoindex_action_partners_1': 'action_partners(action_id, member_id) '
                                                      'unique 1 origin u partial 0',
          'index sqlite_autoindex_action_partners_2': 'action_partners(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_actions_1': 'actions(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_alembic_version_1': 'alembic_version(version_num) unique 1 '
                                                      'origin pk partial 0',
          'index sqlite_autoindex_attendance_1': 'attendance(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_attendance_2': 'attendance(workshop_id, member_id) unique 1 '
                                                 'origin u partial 0',
          'index sqlite_autoindex_audit_log_1': 'audit_log(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_ballot_entries_1': 'ballot_entries(ballot_id, option_id) unique '
                                                     '1 origin u partial 0',
          'index sqlite_autoindex_ballot_entries_2': 'ballot_entries(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_ballots_1': 'ballots(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_cluster_profile_1': 'cluster_profile(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_code_holders_1': 'code_holders(round_id, member_id) unique 1 '
                                                   'origin u partial 0',
          'index sqlite_autoindex_code_holders_2': 'code_holders(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_decisions_1': 'decisions(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_decisions_2': 'decisions(workshop_id, priority_id) unique 1 '
                                                'origin u partial 0',
          'index sqlite_autoindex_indicators_1': 'indicators(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_members_1': 'members(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_priorities_1': 'priorities(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_round_options_1': 'round_options(round_id, priority_id) unique '
                                                    '1 origin u partial 0',
          'index sqlite_autoindex_round_options_2': 'round_options(uid) unique 1 origin u partial '
                                                    '0',
          'index sqlite_autoindex_settings_1': 'settings(key) unique 1 origin u partial 0',
          'index sqlite_autoindex_settings_2': 'settings(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_attributions_1': 'swot_attributions(item_id, member_id) '
                                                        'unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_attributions_2': 'swot_attributions(uid) unique 1 origin u '
                                                        'partial 0',
          'index sqlite_autoindex_swot_items_1': 'swot_items(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_templates_1': 'swot_templates(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_tows_links_1': 'tows_links(strategy_id, item_id) unique 1 '
                                                 'origin u partial 0',
          'index sqlite_autoindex_tows_links_2': 'tows_links(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_tows_strategies_1': 'tows_strategies(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_vote_rounds_1': 'vote_rounds(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_voter_codes_1': 'voter_codes(round_id, code_hash) unique 1 '
                                                  'origin u partial 0',
          'index sqlite_autoindex_voter_codes_2': 'voter_codes(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_voter_receipts_1': 'voter_receipts(round_id, member_id) unique '
                                                     '1 origin u partial 0',
          'index sqlite_autoindex_voter_receipts_2': 'voter_receipts(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_workshops_1': 'workshops(uid) unique 1 origin u partial 0',
          'table action_partners': 'action_id INTEGER not null, member_id INTEGER not null, id '
                                   'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                   'DATETIME not null, updated_at DATETIME not null; '
                                   'action_id->actions.id on update NO ACTION on delete CASCADE; '
                                   'member_id->members.id on update NO ACTION on delete CASCADE',
          'table actions': 'decision_id INTEGER not null, title TEXT not null, lead_member_id '
                           'INTEGER, start_date DATE, due_date DATE, budget NUMERIC(14, 2), '
                           'currency VARCHAR(10) not null, status VARCHAR(20) not null, notes '
                           'TEXT not null, position INTEGER not null, id INTEGER not null pk1, '
                           'uid VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                           'DATETIME not null; decision_id->decisions.id on update NO ACTION on '
                           'delete CASCADE; lead_member_id->members.id on update NO ACTION on '
                           'delete SET NULL',
          'table alembic_version': 'version_num VARCHAR(32) not null pk1',
          'table attendance': 'workshop_id INTEGER not null, member_id INTEGER not null, role '
                              'VARCHAR(20) not null, representative VARCHAR(200) not null, id '
                              'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                              'DATETIME not null, updated_at DATETIME not null; '
                              'member_id->members.id on update NO ACTION on delete CASCADE; '
                              'workshop_id->workshops.id on update NO ACTION on delete CASCADE',
          'table audit_log': 'at DATETIME not null, actor VARCHAR(200) not null, action '
                             'VARCHAR(60) not null, entity VARCHAR(60) not null, entity_uid '
                             'VARCHAR(36), workshop_id INTEGER, round_id INTEGER, details TEXT '
                             'not null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                             'created_at DATETIME not null, updated_at DATETIME not null; '
                             'round_id->vote_rounds.id on update NO ACTION on delete SET NULL; '
                             'workshop_id->workshops.id on update NO ACTION on delete SET NULL',
          'table ballot_entries': 'ballot_id INTEGER not null, option_id INTEGER not null, value '
                                  'FLOAT, value2 FLOAT, id INTEGER not null pk1, uid VARCHAR(36) '
                                  'not null, created_at DATETIME not null, updated_at DATETIME '
                                  'not null; ballot_id->ballots.id on update NO ACTION on delete '
                                  'CASCADE; option_id->round_options.id on update NO ACTION on '
                                  'delete CASCADE',
          'table ballots': 'round_id INTEGER not null, voter_id INTEGER, source VARCHAR(20) not '
                           'null, entered_by VARCHAR(200) not null, entered_at DATETIME, weight '
                           'FLOAT not null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                           'created_at DATETIME not null, updated_at DATETIME not null, '
                           'voter_type VARCHAR(40); round_id->vote_rounds.id on update NO ACTION '
                           'on delete CASCADE; voter_id->members.id on update NO ACTION on delete '
                           'SET NULL',
          'table cluster_profile': 'name VARCHAR(200) not null, country VARCHAR(100) not null, '
                                   'sector VARCHAR(200) not null, cluster_type VARCHAR(100) not '
                                   'null, maturity VARCHAR(20) not null, facilitator VARCHAR(200) '
                                   'not null, description TEXT not null, id INTEGER not null pk1, '
                                   'uid VARCHAR(36) not null, created_at DATETIME not null, '
                                   'updated_at DATETIME not null',
          'table code_holders': 'round_id INTEGER not null, member_id INTEGER not null, id '
                                'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                'DATETIME not null, updated_at DATETIME not null; '
                                'member_id->members.id on update NO ACTION on delete CASCADE; '
                                'round_id->vote_rounds.id on update NO ACTION on delete CASCADE',
          'table decisions': 'workshop_id INTEGER not null, round_id INTEGER, priority_id '
                             'INTEGER, priority_title TEXT not null, statement TEXT not null, '
                             'basis TEXT not null, position INTEGER not null, adopted_at DATETIME '
                             'not null, adopted_by VARCHAR(200) not null, id INTEGER not null '
                             'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                             'updated_at DATETIME not null; priority_id->priorities.id on update '
                             'NO ACTION on delete SET NULL; round_id->vote_rounds.id on update NO '
                             'ACTION on delete SET NULL; workshop_id->workshops.id on update NO '
                             'ACTION on delete CASCADE',
          'table indicators': 'action_id INTEGER not null, name TEXT not null, baseline FLOAT, '
                              'target FLOAT, actual FLOAT, unit VARCHAR(60) not null, source '
                              'VARCHAR(300) not null, measured_on DATE, position INTEGER not '
                              'null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                              'created_at DATETIME not null, updated_at DATETIME not null; '
                              'action_id->actions.id on update NO ACTION on delete CASCADE',
          'table members': 'name VARCHAR(300) not null, member_type VARCHAR(40), size '
                           'VARCHAR(20), employees INTEGER, segment VARCHAR(40), sub_sector '
                           'VARCHAR(200), ownership VARCHAR(20), women_led BOOLEAN, exporter '
                           'BOOLEAN, country VARCHAR(100), locality VARCHAR(200), contact_person '
                           'VARCHAR(200), contact_role VARCHAR(200), email VARCHAR(254), phone '
                           'VARCHAR(60), preferred_language VARCHAR(10), status VARCHAR(20) not '
                           'null, join_date DATE, exit_date DATE, vote_weight FLOAT not null, '
                           'governance_role VARCHAR(200), certifications VARCHAR(300), '
                           'consent_to_share BOOLEAN, notes TEXT, id INTEGER not null pk1, uid '
                           'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                           'DATETIME not null',
          'table priorities': 'workshop_id INTEGER not null, title TEXT not null, description '
                              'TEXT not null, category VARCHAR(100) not null, position INTEGER '
                              'not null, source_kind VARCHAR(20) not null, source_tows_id '
                              'INTEGER, source_swot_id INTEGER, id INTEGER not null pk1, uid '
                              'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                              'DATETIME not null; source_swot_id->swot_items.id on update NO '
                              'ACTION on delete SET NULL; source_tows_id->tows_strategies.id on '
                              'update NO ACTION on delete SET NULL; workshop_id->workshops.id on '
                              'update NO ACTION on delete CASCADE',
          'table round_options': 'round_id INTEGER not null, priority_id INTEGER not null, '
                                 'position INTEGER not null, id INTEGER not null pk1, uid '
                                 'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                                 'DATETIME not null; priority_id->priorities.id on update NO '
                                 'ACTION on delete CASCADE; round_id->vote_rounds.id on update NO '
                                 'ACTION on delete CASCADE',
          'table settings': 'key VARCHAR(100) not null, value TEXT not null, id INTEGER not null '
                            'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                            'updated_at DATETIME not null',
          'table swot_attributions': 'item_id INTEGER not null, member_id INTEGER not null, id '
                                     'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                     'DATETIME not null, updated_at DATETIME not null; '
                                     'item_id->swot_items.id on update NO ACTION on delete '
                                     'CASCADE; member_id->members.id on update NO ACTION on '
                                     'delete CASCADE',
          'table swot_items': 'workshop_id INTEGER not null, quadrant VARCHAR(1) not null, text '
                              'TEXT not null, position INTEGER not null, dots INTEGER not null, '
                              'id INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                              'DATETIME not null, updated_at DATETIME not null; '
                              'workshop_id->workshops.id on update NO ACTION on delete CASCADE',
          'table swot_templates': 'name VARCHAR(200) not null, content TEXT not null, id INTEGER '
                                  'not null pk1, uid VARCHAR(36) not null, created_at DATETIME '
                                  'not null, updated_at DATETIME not null',
          'table tows_links': 'strategy_id INTEGER not null, item_id INTEGER not null, id INTEGER '
                              'not null pk1, uid VARCHAR(36) not null, created_at DATETIME not '
                              'null, updated_at DATETIME not null; item_id->swot_items.id on '
                              'update NO ACTION on delete CASCADE; '
                              'strategy_id->tows_strategies.id on update NO ACTION on delete '
                              'CASCADE',
          'table tows_strategies': 'workshop_id INTEGER not null, kind VARCHAR(2) not null, text '
                                   'TEXT not null, position INTEGER not null, id INTEGER not null '
                                   'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                                   'updated_at DATETIME not null; workshop_id->workshops.id on '
                                   'update NO ACTION on delete CASCADE',
          'table vote_rounds': 'workshop_id INTEGER not null, number INTEGER not null, title '
                               'VARCHAR(300) not null, method VARCHAR(20) not null, params TEXT '
                               'not null, anonymity VARCHAR(20) not null, status VARCHAR(20) not '
                               'null, view_filter VARCHAR(60) not null, use_weights BOOLEAN not '
                               'null, previous_round_id INTEGER, locked_at DATETIME, closed_at '
                               'DATETIME, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                               'created_at DATETIME not null, updated_at DATETIME not null; '
                               'previous_round_id->vote_rounds.id on update NO ACTION on delete '
                               'SET NULL; workshop_id->workshops.id on update NO ACTION on delete '
                               'CASCADE',
          'table voter_codes': 'round_id INTEGER not null, code_hash VARCHAR(64) not null, '
                               'member_id INTEGER, status VARCHAR(10) not null, id INTEGER not '
                               'null pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                               'updated_at DATETIME not null; member_id->members.id on update NO '
                               'ACTION on delete CASCADE; round_id->vote_rounds.id on update NO '
                               'ACTION on delete CASCADE',
          'table voter_receipts': 'round_id INTEGER not null, member_id INTEGER not null, id '
                                  'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                  'DATETIME not null, updated_at DATETIME not null; '
                                  'member_id->members.id on update NO ACTION on delete CASCADE; '
                                  'round_id->vote_rounds.id on update NO ACTION on delete CASCADE',
          'table workshops': 'title VARCHAR(300) not null, date DATE, venue VARCHAR(300) not '
                             'null, facilitator VARCHAR(200) not null, notes TEXT not null, '
                             'status VARCHAR(20) not null, swot_template_id VARCHAR(100), '
                             'swot_prompts TEXT, id INTEGER not null pk1, uid VARCHAR(36) not '
                             'null, created_at DATETIME not null, updated_at DATETIME not null'},
 '0005': {'index ix_action_partners_member_id': 'action_partners(member_id) unique 0 origin c '
                                                'partial 0',
          'index ix_actions_decision_id': 'actions(decision_id) unique 0 origin c partial 0',
          'index ix_actions_lead_member_id': 'actions(lead_member_id) unique 0 origin c partial 0',
          'index ix_audit_log_round_id': 'audit_log(round_id) unique 0 origin c partial 0',
          'index ix_audit_log_workshop_id': 'audit_log(workshop_id) unique 0 origin c partial 0',
          'index ix_ballots_round_id': 'ballots(round_id) unique 0 origin c partial 0',
          'index ix_decisions_workshop_id': 'decisions(workshop_id) unique 0 origin c partial 0',
          'index ix_indicators_action_id': 'indicators(action_id) unique 0 origin c partial 0',
          'index ix_members_name': 'members(name) unique 0 origin c partial 0',
          'index ix_priorities_workshop_id': 'priorities(workshop_id) unique 0 origin c partial 0',
          'index ix_swot_items_workshop_id': 'swot_items(workshop_id) unique 0 origin c partial 0',
          'index ix_tows_strategies_workshop_id': 'tows_strategies(workshop_id) unique 0 origin c '
                                                  'partial 0',
          'index ix_vote_rounds_workshop_id': 'vote_rounds(workshop_id) unique 0 origin c partial '
                                              '0',
          'index ix_voter_codes_member_id': 'voter_codes(member_id) unique 0 origin c partial 0',
          'index sqlite_autoindex_action_partners_1': 'action_partners(action_id, member_id) '
                                                      'unique 1 origin u partial 0',
          'index sqlite_autoindex_action_partners_2': 'action_partners(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_actions_1': 'actions(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_alembic_version_1': 'alembic_version(version_num) unique 1 '
                                                      'origin pk partial 0',
          'index sqlite_autoindex_attendance_1': 'attendance(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_attendance_2': 'attendance(workshop_id, member_id) unique 1 '
                                                 'origin u partial 0',
          'index sqlite_autoindex_audit_log_1': 'audit_log(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_ballot_entries_1': 'ballot_entries(ballot_id, option_id) unique '
                                                     '1 origin u partial 0',
          'index sqlite_autoindex_ballot_entries_2': 'ballot_entries(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_ballots_1': 'ballots(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_cluster_profile_1': 'cluster_profile(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_code_holders_1': 'code_holders(round_id, member_id) unique 1 '
                                                   'origin u partial 0',
          'index sqlite_autoindex_code_holders_2': 'code_holders(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_decisions_1': 'decisions(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_decisions_2': 'decisions(workshop_id, priority_id) unique 1 '
                                                'origin u partial 0',
          'index sqlite_autoindex_indicators_1': 'indicators(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_members_1': 'members(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_priorities_1': 'priorities(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_round_options_1': 'round_options(round_id, priority_id) unique '
                                                    '1 origin u partial 0',
          'index sqlite_autoindex_round_options_2': 'round_options(uid) unique 1 origin u partial '
                                                    '0',
          'index sqlite_autoindex_settings_1': 'settings(key) unique 1 origin u partial 0',
          'index sqlite_autoindex_settings_2': 'settings(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_attributions_1': 'swot_attributions(item_id, member_id) '
                                                        'unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_attributions_2': 'swot_attributions(uid) unique 1 origin u '
                                                        'partial 0',
          'index sqlite_autoindex_swot_items_1': 'swot_items(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_templates_1': 'swot_templates(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_tows_links_1': 'tows_links(strategy_id, item_id) unique 1 '
                                                 'origin u partial 0',
          'index sqlite_autoindex_tows_links_2': 'tows_links(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_tows_strategies_1': 'tows_strategies(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_vote_rounds_1': 'vote_rounds(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_voter_codes_1': 'voter_codes(round_id, code_hash) unique 1 '
                                                  'origin u partial 0',
          'index sqlite_autoindex_voter_codes_2': 'voter_codes(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_voter_receipts_1': 'voter_receipts(round_id, member_id) unique '
                                                     '1 origin u partial 0',
          'index sqlite_autoindex_voter_receipts_2': 'voter_receipts(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_workshops_1': 'workshops(uid) unique 1 origin u partial 0',
          'table action_partners': 'action_id INTEGER not null, member_id INTEGER not null, id '
                                   'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                   'DATETIME not null, updated_at DATETIME not null; '
                                   'action_id->actions.id on update NO ACTION on delete CASCADE; '
                                   'member_id->members.id on update NO ACTION on delete CASCADE',
          'table actions': 'decision_id INTEGER not null, title TEXT not null, lead_member_id '
                           'INTEGER, start_date DATE, due_date DATE, budget NUMERIC(14, 2), '
                           'currency VARCHAR(10) not null, status VARCHAR(20) not null, notes '
                           'TEXT not null, position INTEGER not null, id INTEGER not null pk1, '
                           'uid VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                           'DATETIME not null; decision_id->decisions.id on update NO ACTION on '
                           'delete CASCADE; lead_member_id->members.id on update NO ACTION on '
                           'delete SET NULL',
          'table alembic_version': 'version_num VARCHAR(32) not null pk1',
          'table attendance': 'workshop_id INTEGER not null, member_id INTEGER not null, role '
                              'VARCHAR(20) not null, representative VARCHAR(200) not null, id '
                              'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                              'DATETIME not null, updated_at DATETIME not null; '
                              'member_id->members.id on update NO ACTION on delete CASCADE; '
                              'workshop_id->workshops.id on update NO ACTION on delete CASCADE',
          'table audit_log': 'at DATETIME not null, actor VARCHAR(200) not null, action '
                             'VARCHAR(60) not null, entity VARCHAR(60) not null, entity_uid '
                             'VARCHAR(36), workshop_id INTEGER, round_id INTEGER, details TEXT '
                             'not null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                             'created_at DATETIME not null, updated_at DATETIME not null; '
                             'round_id->vote_rounds.id on update NO ACTION on delete SET NULL; '
                             'workshop_id->workshops.id on update NO ACTION on delete SET NULL',
          'table ballot_entries': 'ballot_id INTEGER not null, option_id INTEGER not null, value '
                                  'FLOAT, value2 FLOAT, id INTEGER not null pk1, uid VARCHAR(36) '
                                  'not null, created_at DATETIME not null, updated_at DATETIME '
                                  'not null; ballot_id->ballots.id on update NO ACTION on delete '
                                  'CASCADE; option_id->round_options.id on update NO ACTION on '
                                  'delete CASCADE',
          'table ballots': 'round_id INTEGER not null, voter_id INTEGER, source VARCHAR(20) not '
                           'null, entered_by VARCHAR(200) not null, entered_at DATETIME, weight '
                           'FLOAT not null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                           'created_at DATETIME not null, updated_at DATETIME not null, '
                           'voter_type VARCHAR(40); round_id->vote_rounds.id on update NO ACTION '
                           'on delete CASCADE; voter_id->members.id on update NO ACTION on delete '
                           'SET NULL',
          'table cluster_profile': 'name VARCHAR(200) not null, country VARCHAR(100) not null, '
                                   'sector VARCHAR(200) not null, cluster_type VARCHAR(100) not '
                                   'null, maturity VARCHAR(20) not null, facilitator VARCHAR(200) '
                                   'not null, description TEXT not null, id INTEGER not null pk1, '
                                   'uid VARCHAR(36) not null, created_at DATETIME not null, '
                                   'updated_at DATETIME not null',
          'table code_holders': 'round_id INTEGER not null, member_id INTEGER not null, id '
                                'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                'DATETIME not null, updated_at DATETIME not null; '
                                'member_id->members.id on update NO ACTION on delete CASCADE; '
                                'round_id->vote_rounds.id on update NO ACTION on delete CASCADE',
          'table decisions': 'workshop_id INTEGER not null, round_id INTEGER, priority_id '
                             'INTEGER, priority_title TEXT not null, statement TEXT not null, '
                             'basis TEXT not null, position INTEGER not null, adopted_at DATETIME '
                             'not null, adopted_by VARCHAR(200) not null, id INTEGER not null '
                             'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                             'updated_at DATETIME not null; priority_id->priorities.id on update '
                             'NO ACTION on delete SET NULL; round_id->vote_rounds.id on update NO '
                             'ACTION on delete SET NULL; workshop_id->workshops.id on update NO '
                             'ACTION on delete CASCADE',
          'table indicators': 'action_id INTEGER not null, name TEXT not null, baseline FLOAT, '
                              'target FLOAT, actual FLOAT, unit VARCHAR(60) not null, source '
                              'VARCHAR(300) not null, measured_on DATE, position INTEGER not '
                              'null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                              'created_at DATETIME not null, updated_at DATETIME not null; '
                              'action_id->actions.id on update NO ACTION on delete CASCADE',
          'table members': 'name VARCHAR(300) not null, member_type VARCHAR(40), size '
                           'VARCHAR(20), employees INTEGER, segment VARCHAR(40), sub_sector '
                           'VARCHAR(200), ownership VARCHAR(20), women_led BOOLEAN, exporter '
                           'BOOLEAN, country VARCHAR(100), locality VARCHAR(200), contact_person '
                           'VARCHAR(200), contact_role VARCHAR(200), email VARCHAR(254), phone '
                           'VARCHAR(60), preferred_language VARCHAR(10), status VARCHAR(20) not '
                           'null, join_date DATE, exit_date DATE, vote_weight FLOAT not null, '
                           'governance_role VARCHAR(200), certifications VARCHAR(300), '
                           'consent_to_share BOOLEAN, notes TEXT, id INTEGER not null pk1, uid '
                           'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                           'DATETIME not null',
          'table priorities': 'workshop_id INTEGER not null, title TEXT not null, description '
                              'TEXT not null, category VARCHAR(100) not null, position INTEGER '
                              'not null, source_kind VARCHAR(20) not null, source_tows_id '
                              'INTEGER, source_swot_id INTEGER, id INTEGER not null pk1, uid '
                              'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                              'DATETIME not null; source_swot_id->swot_items.id on update NO '
                              'ACTION on delete SET NULL; source_tows_id->tows_strategies.id on '
                              'update NO ACTION on delete SET NULL; workshop_id->workshops.id on '
                              'update NO ACTION on delete CASCADE',
          'table round_options': 'round_id INTEGER not null, priority_id INTEGER not null, '
                                 'position INTEGER not null, id INTEGER not null pk1, uid '
                                 'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                                 'DATETIME not null; priority_id->priorities.id on update NO '
                                 'ACTION on delete CASCADE; round_id->vote_rounds.id on update NO '
                                 'ACTION on delete CASCADE',
          'table settings': 'key VARCHAR(100) not null, value TEXT not null, id INTEGER not null '
                            'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                            'updated_at DATETIME not null',
          'table swot_attributions': 'item_id INTEGER not null, member_id INTEGER not null, id '
                                     'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                     'DATETIME not null, updated_at DATETIME not null; '
                                     'item_id->swot_items.id on update NO ACTION on delete '
                                     'CASCADE; member_id->members.id on update NO ACTION on '
                                     'delete CASCADE',
          'table swot_items': 'workshop_id INTEGER not null, quadrant VARCHAR(1) not null, text '
                              'TEXT not null, position INTEGER not null, dots INTEGER not null, '
                              'id INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                              'DATETIME not null, updated_at DATETIME not null; '
                              'workshop_id->workshops.id on update NO ACTION on delete CASCADE',
          'table swot_templates': 'name VARCHAR(200) not null, content TEXT not null, id INTEGER '
                                  'not null pk1, uid VARCHAR(36) not null, created_at DATETIME '
                                  'not null, updated_at DATETIME not null',
          'table tows_links': 'strategy_id INTEGER not null, item_id INTEGER not null, id INTEGER '
                              'not null pk1, uid VARCHAR(36) not null, created_at DATETIME not '
                              'null, updated_at DATETIME not null; item_id->swot_items.id on '
                              'update NO ACTION on delete CASCADE; '
                              'strategy_id->tows_strategies.id on update NO ACTION on delete '
                              'CASCADE',
          'table tows_strategies': 'workshop_id INTEGER not null, kind VARCHAR(2) not null, text '
                                   'TEXT not null, position INTEGER not null, id INTEGER not null '
                                   'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                                   'updated_at DATETIME not null; workshop_id->workshops.id on '
                                   'update NO ACTION on delete CASCADE',
          'table vote_rounds': 'workshop_id INTEGER not null, number INTEGER not null, title '
                               'VARCHAR(300) not null, method VARCHAR(20) not null, params TEXT '
                               'not null, anonymity VARCHAR(20) not null, status VARCHAR(20) not '
                               'null, view_filter VARCHAR(60) not null, use_weights BOOLEAN not '
                               'null, previous_round_id INTEGER, locked_at DATETIME, closed_at '
                               'DATETIME, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                               'created_at DATETIME not null, updated_at DATETIME not null; '
                               'previous_round_id->vote_rounds.id on update NO ACTION on delete '
                               'SET NULL; workshop_id->workshops.id on update NO ACTION on delete '
                               'CASCADE',
          'table voter_codes': 'round_id INTEGER not null, code_hash VARCHAR(64) not null, '
                               'member_id INTEGER, status VARCHAR(10) not null, id INTEGER not '
                               'null pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                               'updated_at DATETIME not null; member_id->members.id on update NO '
                               'ACTION on delete CASCADE; round_id->vote_rounds.id on update NO '
                               'ACTION on delete CASCADE',
          'table voter_receipts': 'round_id INTEGER not null, member_id INTEGER not null, id '
                                  'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                  'DATETIME not null, updated_at DATETIME not null; '
                                  'member_id->members.id on update NO ACTION on delete CASCADE; '
                                  'round_id->vote_rounds.id on update NO ACTION on delete CASCADE',
          'table workshops': 'title VARCHAR(300) not null, date DATE, venue VARCHAR(300) not '
                             'null, facilitator VARCHAR(200) not null, notes TEXT not null, '
                             'status VARCHAR(20) not null, swot_template_id VARCHAR(100), '
                             'swot_prompts TEXT, id INTEGER not null pk1, uid VARCHAR(36) not '
                             'null, created_at DATETIME not null, updated_at DATETIME not null, '
                             'language VARCHAR(10)'},
 '0006': {'index ix_action_partners_member_id': 'action_partners(member_id) unique 0 origin c '
                                                'partial 0',
          'index ix_actions_decision_id': 'actions(decision_id) unique 0 origin c partial 0',
          'index ix_actions_lead_member_id': 'actions(lead_member_id) unique 0 origin c partial 0',
          'index ix_audit_log_round_id': 'audit_log(round_id) unique 0 origin c partial 0',
          'index ix_audit_log_workshop_id': 'audit_log(workshop_id) unique 0 origin c partial 0',
          'index ix_ballots_round_id': 'ballots(round_id) unique 0 origin c partial 0',
          'index ix_decisions_workshop_id': 'decisions(workshop_id) unique 0 origin c partial 0',
          'index ix_indicators_action_id': 'indicators(action_id) unique 0 origin c partial 0',
          'index ix_members_name': 'members(name) unique 0 origin c partial 0',
          'index ix_priorities_workshop_id': 'priorities(workshop_id) unique 0 origin c partial 0',
          'index ix_swot_items_workshop_id': 'swot_items(workshop_id) unique 0 origin c partial 0',
          'index ix_tows_strategies_workshop_id': 'tows_strategies(workshop_id) unique 0 origin c '
                                                  'partial 0',
          'index ix_vote_rounds_workshop_id': 'vote_rounds(workshop_id) unique 0 origin c partial '
                                              '0',
          'index ix_voter_codes_member_id': 'voter_codes(member_id) unique 0 origin c partial 0',
          'index sqlite_autoindex_action_partners_1': 'action_partners(action_id, member_id) '
                                                      'unique 1 origin u partial 0',
          'index sqlite_autoindex_action_partners_2': 'action_partners(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_actions_1': 'actions(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_alembic_version_1': 'alembic_version(version_num) unique 1 '
                                                      'origin pk partial 0',
          'index sqlite_autoindex_attendance_1': 'attendance(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_attendance_2': 'attendance(workshop_id, member_id) unique 1 '
                                                 'origin u partial 0',
          'index sqlite_autoindex_audit_log_1': 'audit_log(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_ballot_entries_1': 'ballot_entries(ballot_id, option_id) unique '
                                                     '1 origin u partial 0',
          'index sqlite_autoindex_ballot_entries_2': 'ballot_entries(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_ballots_1': 'ballots(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_cluster_profile_1': 'cluster_profile(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_code_holders_1': 'code_holders(round_id, member_id) unique 1 '
                                                   'origin u partial 0',
          'index sqlite_autoindex_code_holders_2': 'code_holders(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_decisions_1': 'decisions(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_decisions_2': 'decisions(workshop_id, priority_id) unique 1 '
                                                'origin u partial 0',
          'index sqlite_autoindex_indicators_1': 'indicators(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_members_1': 'members(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_priorities_1': 'priorities(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_round_options_1': 'round_options(round_id, priority_id) unique '
                                                    '1 origin u partial 0',
          'index sqlite_autoindex_round_options_2': 'round_options(uid) unique 1 origin u partial '
                                                    '0',
          'index sqlite_autoindex_settings_1': 'settings(key) unique 1 origin u partial 0',
          'index sqlite_autoindex_settings_2': 'settings(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_attributions_1': 'swot_attributions(item_id, member_id) '
                                                        'unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_attributions_2': 'swot_attributions(uid) unique 1 origin u '
                                                        'partial 0',
          'index sqlite_autoindex_swot_items_1': 'swot_items(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_templates_1': 'swot_templates(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_tows_links_1': 'tows_links(strategy_id, item_id) unique 1 '
                                                 'origin u partial 0',
          'index sqlite_autoindex_tows_links_2': 'tows_links(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_tows_strategies_1': 'tows_strategies(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_vote_rounds_1': 'vote_rounds(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_voter_codes_1': 'voter_codes(round_id, code_hash) unique 1 '
                                                  'origin u partial 0',
          'index sqlite_autoindex_voter_codes_2': 'voter_codes(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_voter_receipts_1': 'voter_receipts(round_id, member_id) unique '
                                                     '1 origin u partial 0',
          'index sqlite_autoindex_voter_receipts_2': 'voter_receipts(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_workshops_1': 'workshops(uid) unique 1 origin u partial 0',
          'table action_partners': 'action_id INTEGER not null, member_id INTEGER not null, id '
                                   'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                   'DATETIME not null, updated_at DATETIME not null; '
                                   'action_id->actions.id on update NO ACTION on delete CASCADE; '
                                   'member_id->members.id on update NO ACTION on delete CASCADE',
          'table actions': 'decision_id INTEGER not null, title TEXT not null, lead_member_id '
                           'INTEGER, start_date DATE, due_date DATE, budget NUMERIC(14, 2), '
                           'currency VARCHAR(10) not null, status VARCHAR(20) not null, notes '
                           'TEXT not null, position INTEGER not null, id INTEGER not null pk1, '
                           'uid VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                           'DATETIME not null; decision_id->decisions.id on update NO ACTION on '
                           'delete CASCADE; lead_member_id->members.id on update NO ACTION on '
                           'delete SET NULL',
          'table alembic_version': 'version_num VARCHAR(32) not null pk1',
          'table attendance': 'workshop_id INTEGER not null, member_id INTEGER not null, role '
                              'VARCHAR(20) not null, representative VARCHAR(200) not null, id '
                              'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                              'DATETIME not null, updated_at DATETIME not null; '
                              'member_id->members.id on update NO ACTION on delete CASCADE; '
                              'workshop_id->workshops.id on update NO ACTION on delete CASCADE',
          'table audit_log': 'at DATETIME not null, actor VARCHAR(200) not null, action '
                             'VARCHAR(60) not null, entity VARCHAR(60) not null, entity_uid '
                             'VARCHAR(36), workshop_id INTEGER, round_id INTEGER, details TEXT '
                             'not null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                             'created_at DATETIME not null, updated_at DATETIME not null; '
                             'round_id->vote_rounds.id on update NO ACTION on delete SET NULL; '
                             'workshop_id->workshops.id on update NO ACTION on delete SET NULL',
          'table ballot_entries': 'ballot_id INTEGER not null, option_id INTEGER not null, value '
                                  'FLOAT, value2 FLOAT, id INTEGER not null pk1, uid VARCHAR(36) '
                                  'not null, created_at DATETIME not null, updated_at DATETIME '
                                  'not null; ballot_id->ballots.id on update NO ACTION on delete '
                                  'CASCADE; option_id->round_options.id on update NO ACTION on '
                                  'delete CASCADE',
          'table ballots': 'round_id INTEGER not null, voter_id INTEGER, source VARCHAR(20) not '
                           'null, entered_by VARCHAR(200) not null, entered_at DATETIME, weight '
                           'FLOAT not null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                           'created_at DATETIME not null, updated_at DATETIME not null, '
                           'voter_type VARCHAR(40); round_id->vote_rounds.id on update NO ACTION '
                           'on delete CASCADE; voter_id->members.id on update NO ACTION on delete '
                           'SET NULL',
          'table cluster_profile': 'name VARCHAR(200) not null, country VARCHAR(100) not null, '
                                   'sector VARCHAR(200) not null, cluster_type VARCHAR(100) not '
                                   'null, maturity VARCHAR(20) not null, facilitator VARCHAR(200) '
                                   'not null, description TEXT not null, id INTEGER not null pk1, '
                                   'uid VARCHAR(36) not null, created_at DATETIME not null, '
                                   'updated_at DATETIME not null',
          'table code_holders': 'round_id INTEGER not null, member_id INTEGER not null, id '
                                'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                'DATETIME not null, updated_at DATETIME not null; '
                                'member_id->members.id on update NO ACTION on delete CASCADE; '
                                'round_id->vote_rounds.id on update NO ACTION on delete CASCADE',
          'table decisions': 'workshop_id INTEGER not null, round_id INTEGER, priority_id '
                             'INTEGER, priority_title TEXT not null, statement TEXT not null, '
                             'basis TEXT not null, position INTEGER not null, adopted_at DATETIME '
                             'not null, adopted_by VARCHAR(200) not null, id INTEGER not null '
                             'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                             'updated_at DATETIME not null; priority_id->priorities.id on update '
                             'NO ACTION on delete SET NULL; round_id->vote_rounds.id on update NO '
                             'ACTION on delete SET NULL; workshop_id->workshops.id on update NO '
                             'ACTION on delete CASCADE',
          'table indicators': 'action_id INTEGER not null, name TEXT not null, baseline FLOAT, '
                              'target FLOAT, actual FLOAT, unit VARCHAR(60) not null, source '
                              'VARCHAR(300) not null, measured_on DATE, position INTEGER not '
                              'null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                              'created_at DATETIME not null, updated_at DATETIME not null; '
                              'action_id->actions.id on update NO ACTION on delete CASCADE',
          'table members': 'name VARCHAR(300) not null, member_type VARCHAR(40), size '
                           'VARCHAR(20), employees INTEGER, segment VARCHAR(40), sub_sector '
                           'VARCHAR(200), ownership VARCHAR(20), women_led BOOLEAN, exporter '
                           'BOOLEAN, country VARCHAR(100), locality VARCHAR(200), contact_person '
                           'VARCHAR(200), contact_role VARCHAR(200), email VARCHAR(254), phone '
                           'VARCHAR(60), preferred_language VARCHAR(10), status VARCHAR(20) not '
                           'null, join_date DATE, exit_date DATE, vote_weight FLOAT not null, '
                           'governance_role VARCHAR(200), certifications VARCHAR(300), '
                           'consent_to_share BOOLEAN, notes TEXT, id INTEGER not null pk1, uid '
                           'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                           'DATETIME not null',
          'table priorities': 'workshop_id INTEGER not null, title TEXT not null, description '
                              'TEXT not null, category VARCHAR(100) not null, position INTEGER '
                              'not null, source_kind VARCHAR(20) not null, source_tows_id '
                              'INTEGER, source_swot_id INTEGER, id INTEGER not null pk1, uid '
                              'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                              'DATETIME not null; source_swot_id->swot_items.id on update NO '
                              'ACTION on delete SET NULL; source_tows_id->tows_strategies.id on '
                              'update NO ACTION on delete SET NULL; workshop_id->workshops.id on '
                              'update NO ACTION on delete CASCADE',
          'table round_options': 'round_id INTEGER not null, priority_id INTEGER not null, '
                                 'position INTEGER not null, id INTEGER not null pk1, uid '
                                 'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                                 'DATETIME not null; priority_id->priorities.id on update NO '
                                 'ACTION on delete CASCADE; round_id->vote_rounds.id on update NO '
                                 'ACTION on delete CASCADE',
          'table settings': 'key VARCHAR(100) not null, value TEXT not null, id INTEGER not null '
                            'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                            'updated_at DATETIME not null',
          'table swot_attributions': 'item_id INTEGER not null, member_id INTEGER not null, id '
                                     'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                     'DATETIME not null, updated_at DATETIME not null; '
                                     'item_id->swot_items.id on update NO ACTION on delete '
                                     'CASCADE; member_id->members.id on update NO ACTION on '
                                     'delete CASCADE',
          'table swot_items': 'workshop_id INTEGER not null, quadrant VARCHAR(1) not null, text '
                              'TEXT not null, position INTEGER not null, dots INTEGER not null, '
                              'id INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                              'DATETIME not null, updated_at DATETIME not null; '
                              'workshop_id->workshops.id on update NO ACTION on delete CASCADE',
          'table swot_templates': 'name VARCHAR(200) not null, content TEXT not null, id INTEGER '
                                  'not null pk1, uid VARCHAR(36) not null, created_at DATETIME '
                                  'not null, updated_at DATETIME not null',
          'table tows_links': 'strategy_id INTEGER not null, item_id INTEGER not null, id INTEGER '
                              'not null pk1, uid VARCHAR(36) not null, created_at DATETIME not '
                              'null, updated_at DATETIME not null; item_id->swot_items.id on '
                              'update NO ACTION on delete CASCADE; '
                              'strategy_id->tows_strategies.id on update NO ACTION on delete '
                              'CASCADE',
          'table tows_strategies': 'workshop_id INTEGER not null, kind VARCHAR(2) not null, text '
                                   'TEXT not null, position INTEGER not null, id INTEGER not null '
                                   'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                                   'updated_at DATETIME not null; workshop_id->workshops.id on '
                                   'update NO ACTION on delete CASCADE',
          'table vote_rounds': 'workshop_id INTEGER not null, number INTEGER not null, title '
                               'VARCHAR(300) not null, method VARCHAR(20) not null, params TEXT '
                               'not null, anonymity VARCHAR(20) not null, status VARCHAR(20) not '
                               'null, view_filter VARCHAR(60) not null, use_weights BOOLEAN not '
                               'null, previous_round_id INTEGER, locked_at DATETIME, closed_at '
                               'DATETIME, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                               'created_at DATETIME not null, updated_at DATETIME not null; '
                               'previous_round_id->vote_rounds.id on update NO ACTION on delete '
                               'SET NULL; workshop_id->workshops.id on update NO ACTION on delete '
                               'CASCADE',
          'table voter_codes': 'round_id INTEGER not null, code_hash VARCHAR(64) not null, '
                               'member_id INTEGER, status VARCHAR(10) not null, id INTEGER not '
                               'null pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                               'updated_at DATETIME not null; member_id->members.id on update NO '
                               'ACTION on delete CASCADE; round_id->vote_rounds.id on update NO '
                               'ACTION on delete CASCADE',
          'table voter_receipts': 'round_id INTEGER not null, member_id INTEGER not null, id '
                                  'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                  'DATETIME not null, updated_at DATETIME not null; '
                                  'member_id->members.id on update NO ACTION on delete CASCADE; '
                                  'round_id->vote_rounds.id on update NO ACTION on delete CASCADE',
          'table workshops': 'title VARCHAR(300) not null, date DATE, venue VARCHAR(300) not '
                             'null, facilitator VARCHAR(200) not null, notes TEXT not null, '
                             'status VARCHAR(20) not null, swot_template_id VARCHAR(100), '
                             'swot_prompts TEXT, id INTEGER not null pk1, uid VARCHAR(36) not '
                             'null, created_at DATETIME not null, updated_at DATETIME not null, '
                             'language VARCHAR(10)'},
 '0007': {'index ix_action_partners_member_id': 'action_partners(member_id) unique 0 origin c '
                                                'partial 0',
          'index ix_actions_decision_id': 'actions(decision_id) unique 0 origin c partial 0',
          'index ix_actions_lead_member_id': 'actions(lead_member_id) unique 0 origin c partial 0',
          'index ix_audit_log_round_id': 'audit_log(round_id) unique 0 origin c partial 0',
          'index ix_audit_log_workshop_id': 'audit_log(workshop_id) unique 0 origin c partial 0',
          'index ix_ballots_round_id': 'ballots(round_id) unique 0 origin c partial 0',
          'index ix_decisions_workshop_id': 'decisions(workshop_id) unique 0 origin c partial 0',
          'index ix_indicators_action_id': 'indicators(action_id) unique 0 origin c partial 0',
          'index ix_members_name': 'members(name) unique 0 origin c partial 0',
          'index ix_priorities_workshop_id': 'priorities(workshop_id) unique 0 origin c partial 0',
          'index ix_swot_items_workshop_id': 'swot_items(workshop_id) unique 0 origin c partial 0',
          'index ix_tows_strategies_workshop_id': 'tows_strategies(workshop_id) unique 0 origin c '
                                                  'partial 0',
          'index ix_vote_rounds_workshop_id': 'vote_rounds(workshop_id) unique 0 origin c partial '
                                              '0',
          'index ix_voter_codes_member_id': 'voter_codes(member_id) unique 0 origin c partial 0',
          'index sqlite_autoindex_action_partners_1': 'action_partners(action_id, member_id) '
                                                      'unique 1 origin u partial 0',
          'index sqlite_autoindex_action_partners_2': 'action_partners(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_actions_1': 'actions(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_alembic_version_1': 'alembic_version(version_num) unique 1 '
                                                      'origin pk partial 0',
          'index sqlite_autoindex_attendance_1': 'attendance(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_attendance_2': 'attendance(workshop_id, member_id) unique 1 '
                                                 'origin u partial 0',
          'index sqlite_autoindex_audit_log_1': 'audit_log(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_ballot_entries_1': 'ballot_entries(ballot_id, option_id) unique '
                                                     '1 origin u partial 0',
          'index sqlite_autoindex_ballot_entries_2': 'ballot_entries(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_ballots_1': 'ballots(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_cluster_profile_1': 'cluster_profile(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_code_holders_1': 'code_holders(round_id, member_id) unique 1 '
                                                   'origin u partial 0',
          'index sqlite_autoindex_code_holders_2': 'code_holders(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_decisions_1': 'decisions(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_decisions_2': 'decisions(workshop_id, priority_id) unique 1 '
                                                'origin u partial 0',
          'index sqlite_autoindex_indicators_1': 'indicators(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_members_1': 'members(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_priorities_1': 'priorities(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_round_options_1': 'round_options(round_id, priority_id) unique '
                                                    '1 origin u partial 0',
          'index sqlite_autoindex_round_options_2': 'round_options(uid) unique 1 origin u partial '
                                                    '0',
          'index sqlite_autoindex_settings_1': 'settings(key) unique 1 origin u partial 0',
          'index sqlite_autoindex_settings_2': 'settings(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_attributions_1': 'swot_attributions(item_id, member_id) '
                                                        'unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_attributions_2': 'swot_attributions(uid) unique 1 origin u '
                                                        'partial 0',
          'index sqlite_autoindex_swot_items_1': 'swot_items(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_swot_templates_1': 'swot_templates(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_tows_links_1': 'tows_links(strategy_id, item_id) unique 1 '
                                                 'origin u partial 0',
          'index sqlite_autoindex_tows_links_2': 'tows_links(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_tows_strategies_1': 'tows_strategies(uid) unique 1 origin u '
                                                      'partial 0',
          'index sqlite_autoindex_vote_rounds_1': 'vote_rounds(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_voter_codes_1': 'voter_codes(round_id, code_hash) unique 1 '
                                                  'origin u partial 0',
          'index sqlite_autoindex_voter_codes_2': 'voter_codes(uid) unique 1 origin u partial 0',
          'index sqlite_autoindex_voter_receipts_1': 'voter_receipts(round_id, member_id) unique '
                                                     '1 origin u partial 0',
          'index sqlite_autoindex_voter_receipts_2': 'voter_receipts(uid) unique 1 origin u '
                                                     'partial 0',
          'index sqlite_autoindex_workshops_1': 'workshops(uid) unique 1 origin u partial 0',
          'table action_partners': 'action_id INTEGER not null, member_id INTEGER not null, id '
                                   'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                   'DATETIME not null, updated_at DATETIME not null; '
                                   'action_id->actions.id on update NO ACTION on delete CASCADE; '
                                   'member_id->members.id on update NO ACTION on delete CASCADE',
          'table actions': 'decision_id INTEGER not null, title TEXT not null, lead_member_id '
                           'INTEGER, start_date DATE, due_date DATE, budget NUMERIC(14, 2), '
                           'currency VARCHAR(10) not null, status VARCHAR(20) not null, notes '
                           'TEXT not null, position INTEGER not null, id INTEGER not null pk1, '
                           'uid VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                           'DATETIME not null; decision_id->decisions.id on update NO ACTION on '
                           'delete CASCADE; lead_member_id->members.id on update NO ACTION on '
                           'delete SET NULL',
          'table alembic_version': 'version_num VARCHAR(32) not null pk1',
          'table attendance': 'workshop_id INTEGER not null, member_id INTEGER not null, role '
                              'VARCHAR(20) not null, representative VARCHAR(200) not null, id '
                              'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                              'DATETIME not null, updated_at DATETIME not null; '
                              'member_id->members.id on update NO ACTION on delete CASCADE; '
                              'workshop_id->workshops.id on update NO ACTION on delete CASCADE',
          'table audit_log': 'at DATETIME not null, actor VARCHAR(200) not null, action '
                             'VARCHAR(60) not null, entity VARCHAR(60) not null, entity_uid '
                             'VARCHAR(36), workshop_id INTEGER, round_id INTEGER, details TEXT '
                             'not null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                             'created_at DATETIME not null, updated_at DATETIME not null; '
                             'round_id->vote_rounds.id on update NO ACTION on delete SET NULL; '
                             'workshop_id->workshops.id on update NO ACTION on delete SET NULL',
          'table ballot_entries': 'ballot_id INTEGER not null, option_id INTEGER not null, value '
                                  'FLOAT, value2 FLOAT, id INTEGER not null pk1, uid VARCHAR(36) '
                                  'not null, created_at DATETIME not null, updated_at DATETIME '
                                  'not null; ballot_id->ballots.id on update NO ACTION on delete '
                                  'CASCADE; option_id->round_options.id on update NO ACTION on '
                                  'delete CASCADE',
          'table ballots': 'round_id INTEGER not null, voter_id INTEGER, source VARCHAR(20) not '
                           'null, entered_by VARCHAR(200) not null, entered_at DATETIME, weight '
                           'FLOAT not null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                           'created_at DATETIME not null, updated_at DATETIME not null, '
                           'voter_type VARCHAR(40); round_id->vote_rounds.id on update NO ACTION '
                           'on delete CASCADE; voter_id->members.id on update NO ACTION on delete '
                           'SET NULL',
          'table cluster_profile': 'name VARCHAR(200) not null, country VARCHAR(100) not null, '
                                   'sector VARCHAR(200) not null, cluster_type VARCHAR(100) not '
                                   'null, maturity VARCHAR(20) not null, facilitator VARCHAR(200) '
                                   'not null, description TEXT not null, id INTEGER not null pk1, '
                                   'uid VARCHAR(36) not null, created_at DATETIME not null, '
                                   'updated_at DATETIME not null',
          'table code_holders': 'round_id INTEGER not null, member_id INTEGER not null, id '
                                'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                'DATETIME not null, updated_at DATETIME not null; '
                                'member_id->members.id on update NO ACTION on delete CASCADE; '
                                'round_id->vote_rounds.id on update NO ACTION on delete CASCADE',
          'table decisions': 'workshop_id INTEGER not null, round_id INTEGER, priority_id '
                             'INTEGER, priority_title TEXT not null, statement TEXT not null, '
                             'basis TEXT not null, position INTEGER not null, adopted_at DATETIME '
                             'not null, adopted_by VARCHAR(200) not null, id INTEGER not null '
                             'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                             'updated_at DATETIME not null; priority_id->priorities.id on update '
                             'NO ACTION on delete SET NULL; round_id->vote_rounds.id on update NO '
                             'ACTION on delete SET NULL; workshop_id->workshops.id on update NO '
                             'ACTION on delete CASCADE',
          'table indicators': 'action_id INTEGER not null, name TEXT not null, baseline FLOAT, '
                              'target FLOAT, actual FLOAT, unit VARCHAR(60) not null, source '
                              'VARCHAR(300) not null, measured_on DATE, position INTEGER not '
                              'null, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                              'created_at DATETIME not null, updated_at DATETIME not null; '
                              'action_id->actions.id on update NO ACTION on delete CASCADE',
          'table members': 'name VARCHAR(300) not null, member_type VARCHAR(40), size '
                           'VARCHAR(20), employees INTEGER, segment VARCHAR(40), sub_sector '
                           'VARCHAR(200), ownership VARCHAR(20), women_led BOOLEAN, exporter '
                           'BOOLEAN, country VARCHAR(100), locality VARCHAR(200), contact_person '
                           'VARCHAR(200), contact_role VARCHAR(200), email VARCHAR(254), phone '
                           'VARCHAR(60), preferred_language VARCHAR(10), status VARCHAR(20) not '
                           'null, join_date DATE, exit_date DATE, vote_weight FLOAT not null, '
                           'governance_role VARCHAR(200), certifications VARCHAR(300), '
                           'consent_to_share BOOLEAN, notes TEXT, id INTEGER not null pk1, uid '
                           'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                           'DATETIME not null',
          'table priorities': 'workshop_id INTEGER not null, title TEXT not null, description '
                              'TEXT not null, category VARCHAR(100) not null, position INTEGER '
                              'not null, source_kind VARCHAR(20) not null, source_tows_id '
                              'INTEGER, source_swot_id INTEGER, id INTEGER not null pk1, uid '
                              'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                              'DATETIME not null; source_swot_id->swot_items.id on update NO '
                              'ACTION on delete SET NULL; source_tows_id->tows_strategies.id on '
                              'update NO ACTION on delete SET NULL; workshop_id->workshops.id on '
                              'update NO ACTION on delete CASCADE',
          'table round_options': 'round_id INTEGER not null, priority_id INTEGER not null, '
                                 'position INTEGER not null, id INTEGER not null pk1, uid '
                                 'VARCHAR(36) not null, created_at DATETIME not null, updated_at '
                                 'DATETIME not null; priority_id->priorities.id on update NO '
                                 'ACTION on delete CASCADE; round_id->vote_rounds.id on update NO '
                                 'ACTION on delete CASCADE',
          'table settings': 'key VARCHAR(100) not null, value TEXT not null, id INTEGER not null '
                            'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                            'updated_at DATETIME not null',
          'table swot_attributions': 'item_id INTEGER not null, member_id INTEGER not null, id '
                                     'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                     'DATETIME not null, updated_at DATETIME not null; '
                                     'item_id->swot_items.id on update NO ACTION on delete '
                                     'CASCADE; member_id->members.id on update NO ACTION on '
                                     'delete CASCADE',
          'table swot_items': 'workshop_id INTEGER not null, quadrant VARCHAR(1) not null, text '
                              'TEXT not null, position INTEGER not null, dots INTEGER not null, '
                              'id INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                              'DATETIME not null, updated_at DATETIME not null; '
                              'workshop_id->workshops.id on update NO ACTION on delete CASCADE',
          'table swot_templates': 'name VARCHAR(200) not null, content TEXT not null, id INTEGER '
                                  'not null pk1, uid VARCHAR(36) not null, created_at DATETIME '
                                  'not null, updated_at DATETIME not null',
          'table tows_links': 'strategy_id INTEGER not null, item_id INTEGER not null, id INTEGER '
                              'not null pk1, uid VARCHAR(36) not null, created_at DATETIME not '
                              'null, updated_at DATETIME not null; item_id->swot_items.id on '
                              'update NO ACTION on delete CASCADE; '
                              'strategy_id->tows_strategies.id on update NO ACTION on delete '
                              'CASCADE',
          'table tows_strategies': 'workshop_id INTEGER not null, kind VARCHAR(2) not null, text '
                                   'TEXT not null, position INTEGER not null, id INTEGER not null '
                                   'pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                                   'updated_at DATETIME not null; workshop_id->workshops.id on '
                                   'update NO ACTION on delete CASCADE',
          'table vote_rounds': 'workshop_id INTEGER not null, number INTEGER not null, title '
                               'VARCHAR(300) not null, method VARCHAR(20) not null, params TEXT '
                               'not null, anonymity VARCHAR(20) not null, status VARCHAR(20) not '
                               'null, view_filter VARCHAR(60) not null, use_weights BOOLEAN not '
                               'null, previous_round_id INTEGER, locked_at DATETIME, closed_at '
                               'DATETIME, id INTEGER not null pk1, uid VARCHAR(36) not null, '
                               'created_at DATETIME not null, updated_at DATETIME not null; '
                               'previous_round_id->vote_rounds.id on update NO ACTION on delete '
                               'SET NULL; workshop_id->workshops.id on update NO ACTION on delete '
                               'CASCADE',
          'table voter_codes': 'round_id INTEGER not null, code_hash VARCHAR(64) not null, '
                               'member_id INTEGER, status VARCHAR(10) not null, id INTEGER not '
                               'null pk1, uid VARCHAR(36) not null, created_at DATETIME not null, '
                               'updated_at DATETIME not null; member_id->members.id on update NO '
                               'ACTION on delete CASCADE; round_id->vote_rounds.id on update NO '
                               'ACTION on delete CASCADE',
          'table voter_receipts': 'round_id INTEGER not null, member_id INTEGER not null, id '
                                  'INTEGER not null pk1, uid VARCHAR(36) not null, created_at '
                                  'DATETIME not null, updated_at DATETIME not null; '
                                  'member_id->members.id on update NO ACTION on delete CASCADE; '
                                  'round_id->vote_rounds.id on update NO ACTION on delete CASCADE',
          'table workshops': 'title VARCHAR(300) not null, date DATE, venue VARCHAR(300) not '
                             'null, facilitator VARCHAR(200) not null, notes TEXT not null, '
                             'status VARCHAR(20) not null, swot_template_id VARCHAR(100), '
                             'swot_prompts TEXT, id INTEGER not null pk1, uid VARCHAR(36) not '
                             'null, created_at DATETIME not null, updated_at DATETIME not null, '
                             'language VARCHAR(10)'}}
