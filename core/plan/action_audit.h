// The audit trail's record of an action (schema_actions.cpp triggers write its fields one per line:
// description, owner, partners, years "start-end", budget "amount note", indicator, target, status,
// quick win 0/1), read back so the core group sees what changed rather than two blocks of lines.
#pragma once
#include <string>
#include <vector>

namespace hd {

struct ActionAuditField {
    std::string key;    // description, owner, partners, years, budget, indicator, target, status, quick_win
    std::string before; // as stored: status as its key (planned, ...), years "2026-2027", quick_win "0"/"1"
    std::string after;
};

// The action's description in an audit record (its first line); empty for an empty record.
std::string ActionAuditDescription(const std::string& record);

// The fields that differ between two records (an added action: `before` empty, every non-empty field
// of `after`; a deleted one the other way round). A record with another number of lines (written
// by a later version) is compared line by line under the key "line N".
std::vector<ActionAuditField> DiffActionAudit(const std::string& before, const std::string& after);

} // namespace hd
