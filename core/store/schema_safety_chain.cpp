// Migration 11: the five links of the safety chain and the reactive kinds.
// The chain gained a preparation link (key "preparation"); the stored key "reactive" keeps meaning
// the repression link, so old notes and objectives read the same as before. Objectives get the
// kind of reactive response (sanctioning, constructive, restorative), empty for old objectives.
#include "core/store/db.h"
#include "core/store/migrations.h"

namespace hd {
namespace {

void Migration11(Database& db) {
    db.Exec("ALTER TABLE objective ADD COLUMN reactive_kind TEXT NOT NULL DEFAULT ''");
}

} // namespace

void AppendSafetyChainMigrations(std::vector<Migration>& out) {
    out.push_back({11, "preparation link and reactive kinds of objectives", Migration11});
}
} // namespace hd
