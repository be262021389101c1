// Placeholder until its feature lands; replaced by the feature's own implementation.
#include "app/cli/commands.h"
#include "core/errors.h"

namespace hd::cli {
int CmdLive(int, char**) { throw UserError("cli.not_available", "This command is not available in this build yet."); }
} // namespace hd::cli
