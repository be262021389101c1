#include "core/store/migrations.h"

#include <algorithm>

#include "core/store/db.h"
#include "core/base/errors.h"

namespace hd {
namespace {
std::vector<Migration> BuildRegistry() {
    std::vector<Migration> all;
    AppendFoundationMigrations(all);
    AppendMergeMigrations(all);
    AppendClusterMigrations(all);
    AppendReviewMigrations(all);
    AppendLiveMigrations(all);
    AppendObjectiveAuthorMigrations(all);
    AppendApprovalMigrations(all);
    AppendLifecycleMigrations(all);
    AppendPlanStructureMigrations(all);
    AppendSafetyChainMigrations(all);
    AppendAlsoNotedMigrations(all);
    AppendWallMigrations(all);
    AppendActionMigrations(all);
    AppendReviewHistoryMigrations(all);
    AppendSwotPriorityMigrations(all);
    std::sort(all.begin(), all.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return all;
}
const std::vector<Migration>& Registry() {
    static const std::vector<Migration> migrations = BuildRegistry();
    return migrations;
}
} // namespace

const std::vector<Migration>& AllMigrations() { return Registry(); }

int LatestSchemaVersion() { return Registry().empty() ? 0 : Registry().back().version; }

int Migrate(Database& db, int target) {
    if (target == 0) target = LatestSchemaVersion();
    int applied = 0;
    for (const Migration& m : Registry()) {
        int current = db.UserVersion();
        if (m.version <= current || m.version > target) continue;
        Transaction tx(db);
        m.apply(db);
        // PRAGMA takes no bound parameters; the number is ours, not data.
        std::string bump = "PRAGMA user_version = " + std::to_string(m.version);
        db.Exec(bump.c_str());
        tx.Commit();
        ++applied;
    }
    return applied;
}

} // namespace hd
