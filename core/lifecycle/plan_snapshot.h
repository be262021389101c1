// The plan as one canonical JSON document (themes and their objectives), the content of a frozen
// version, and the differences between two such documents. Canonical: the same plan always gives the
// same bytes (fixed key order, ids ascending within their theme), so its checksum is stable.
#pragma once
#include <cstdint>
#include <functional>
#include <string_view>
#include <string>
#include <vector>

namespace hd {
class PlanStore;

struct SnapshotObjective {
    int64_t id = 0;
    int64_t theme_id = 0;
    std::string level; // strategic, tactical
    std::string title, why, what, how, chain;
};

// An action (operational level) under an accepted tactical objective; years, budget and status as text.
struct SnapshotAction {
    int64_t id = 0;
    int64_t objective_id = 0;
    std::string description, owner, partners, years, budget, indicator, target, status;
    bool quick_win = false;
};

struct SnapshotTheme {
    int64_t id = 0;
    std::string title;
    std::string problem_statement;
};

// A SWOT item as frozen: its quadrant key and the citation as "kind: label" (empty without one).
struct SnapshotSwot {
    int64_t id = 0;
    int64_t theme_id = 0;
    std::string quadrant; // strength, weakness, opportunity, threat
    std::string text;
    std::string cite_kind; // "", contribution, indicator, priority, document
    std::string cite;      // the citation's readable label
};

struct PlanSnapshot {
    std::string name, city;
    int period_start = 0, period_end = 0;
    std::vector<SnapshotTheme> themes;
    std::vector<SnapshotObjective> objectives; // accepted objectives only: proposals are not the plan yet
    // Versions frozen before SWOT was part of the snapshot have none; their SWOT is unknown, not empty,
    // so no difference is listed against them.
    bool has_swot = true;
    std::vector<SnapshotSwot> swot; // domain by domain, quadrant by quadrant, in order
    std::vector<SnapshotAction> actions;       // of those objectives; absent in versions frozen before actions
};

// What differs between the adopted plan and a later one. `who` and `at_ms` come from the audit trail
// when it recorded the change (edits of accepted objectives), else they stay empty / 0.
struct PlanChange {
    std::string change;      // added, removed, changed
    std::string target_kind; // plan, theme, objective, swot, action
    int64_t target_id = 0;
    std::string field;       // changed: name, title, problem_statement, why, what, how, chain, level, quadrant, text, citation, ...
    std::string label;       // the target's title, to name it in a list
    std::string before, after;
    std::string who;
    int64_t at_ms = 0;
};

PlanSnapshot TakeSnapshot(PlanStore& store);
std::string SnapshotToJson(const PlanSnapshot& s);
// Throws InputError (lifecycle.err_snapshot) when the text is not a snapshot.
PlanSnapshot SnapshotFromJson(const std::string& json);

// A change's before or after value as shown: SWOT quadrant keys and citation kinds go through `translate`
// (keys swot.quadrant.* and swot.cite.*); other values are shown as stored.
std::string ChangeValueText(const std::string& field, const std::string& value,
                            const std::function<std::string(std::string_view)>& translate);

std::vector<PlanChange> DiffSnapshots(const PlanSnapshot& before, const PlanSnapshot& after);
std::string ChangesToJson(const std::vector<PlanChange>& changes);
std::vector<PlanChange> ChangesFromJson(const std::string& json);

// Lower-case hex SHA-256 of `data` (libsodium crypto_hash_sha256).
std::string Sha256Hex(const std::string& data);

} // namespace hd
