// The Workspace moved to core/workspace/workspace.h (issue 15: computed data has one owner, usable by
// hearingctl too). This forwarding header only keeps branches that were in flight building; new code
// includes the core header.
#pragma once
#include "core/workspace/workspace.h"
