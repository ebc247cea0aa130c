from deseo_desktop.rules.completeness import missing_items

COMPLETE = dict(
    title="Care Together",
    territory="Valdoria",
    cluster_kind="new",
    actors=5,
    local_authorities=1,
    actors_without_baseline=0,
    signatories=3,
    pooled_resources=2,
    governance_bodies=1,
    budget_lines=3,
    coordination_lines=1,
    indicators=4,
    improvement_actions=0,
)


def codes(**changes):
    return [g.code for g in missing_items(**{**COMPLETE, **changes})]


def test_a_complete_design_lacks_nothing():
    assert codes() == []


def test_each_gap_is_found():
    assert codes(title=" ") == ["no_title"]
    assert codes(territory="") == ["no_territory"]
    assert codes(actors=1) == ["few_actors"]
    assert missing_items(**{**COMPLETE, "actors": 1})[0].count == 2
    assert codes(local_authorities=0) == ["no_local_authority"]
    assert codes(actors_without_baseline=2) == ["actors_without_baseline"]
    assert codes(pooled_resources=0) == ["no_pooled_resources"]
    assert codes(cluster_kind="existing") == ["no_improvement_actions"]
    assert codes(cluster_kind="existing", improvement_actions=1) == []
    assert codes(governance_bodies=0) == ["no_governance"]
    assert codes(budget_lines=0, coordination_lines=0) == ["no_budget"]
    assert codes(coordination_lines=0) == ["no_coordination_line"]
    assert codes(indicators=0) == ["no_indicators"]
    assert codes(signatories=0) == ["no_signatories"]
