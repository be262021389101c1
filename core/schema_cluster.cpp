// Migration 4 belongs to the cluster feature. Placeholder until that feature lands.
#include "core/migrations.h"

namespace hd {
void AppendClusterMigrations(std::vector<Migration>&) {}
} // namespace hd
