#include "core/merge/minutes_entry.h"

namespace hd {

MinutesEntry MinutesEntryFromNote(const Note& n) {
    MinutesEntry m;
    m.ref = n.uuid;
    m.source = n.reporter;
    m.provenance = n.reporter == 'B' ? MergeStatus::OnlyB : MergeStatus::OnlyA;
    m.offset_ms = n.offset_ms;
    m.speaker_id = n.speaker_id;
    m.kind = n.kind;
    m.chain = n.chain;
    m.text = n.text;
    m.note_uuids = {n.uuid};
    return m;
}

} // namespace hd
