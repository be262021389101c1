#include "core/live/live_adopt.h"

#include "core/base/errors.h"
#include "core/base/uuid.h"

namespace hd {

int64_t AdoptLiveHearing(PlanStore& store, const LiveHearingInfo& info) {
    if (!IsUuid(info.hearing_uuid))
        throw InputError("live.err_no_hearing_info", "The facilitator did not send a hearing to take over.");
    for (const Hearing& h : store.ListHearings())
        if (h.uuid == info.hearing_uuid) return h.id;

    int64_t theme_id = 0;
    for (const Theme& t : store.ListThemes())
        if (t.title == info.theme_title) theme_id = t.id;
    if (theme_id == 0) {
        Theme t;
        t.title = info.theme_title;
        t.problem_statement = info.problem_statement;
        t.context = info.context;
        for (const LiveQuestionInfo& q : info.questions)
            t.questions.push_back({0, 0, 0, q.text, q.budget_minutes});
        theme_id = store.AddTheme(t);
    }
    Hearing h;
    h.uuid = info.hearing_uuid;
    h.theme_id = theme_id;
    h.date = info.date;
    h.location = info.location;
    h.moderator = info.moderator;
    std::vector<Participant> known = store.ListParticipants();
    for (const LiveParticipantInfo& p : info.participants) {
        int64_t id = 0;
        for (const Participant& k : known)
            if (k.uuid == p.uuid) id = k.id;
        if (id == 0) {
            Participant np;
            np.uuid = IsUuid(p.uuid) ? p.uuid : std::string();
            np.name = p.name;
            np.organisation = p.organisation;
            np.discipline = p.discipline;
            np.consent_named = p.consent_named;
            id = store.AddParticipant(np);
        }
        h.participant_ids.push_back(id);
    }
    return store.AddHearing(h);
}

} // namespace hd
