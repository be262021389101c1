// A reporter who starts from an empty (or another) plan takes over the facilitator's hearing as
// received on joining: the hearing keeps its uuid and the present participants keep theirs, so
// notes, speakers and the pushed clock line up with the facilitator's plan.
#pragma once
#include <cstdint>

#include "core/live/live_protocol.h"
#include "core/store/store.h"

namespace hd {

// Returns the local id of the hearing with info.hearing_uuid, creating it (with its theme and
// questions, matched by title, and its participants, matched by uuid) when the plan lacks it.
// Throws InputError when the facilitator sent no hearing uuid.
int64_t AdoptLiveHearing(PlanStore& store, const LiveHearingInfo& info);

} // namespace hd
