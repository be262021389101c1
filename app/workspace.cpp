#include "app/workspace.h"

#include "core/store/plan_structure.h"

#include "core/base/i18n.h"
#include "core/store/db.h"

#include <chrono>

namespace hd {

void Workspace::Open(const std::string& path) {
    OpenOptions options;
    options.quick_integrity = true; // the full check follows on a background thread
    SetStore(PlanStore::Open(path, options), path);
    m_integrity = std::async(std::launch::async, [path] { return CheckPlanIntegrity(path); });
    m_integrity_generation = m_plan_generation;
}

bool Workspace::IntegrityCheckRunning() const {
    return m_integrity.valid() && m_integrity.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
}

std::string Workspace::TakeIntegrityProblem() {
    if (!m_integrity.valid() || IntegrityCheckRunning()) return {};
    std::string result = m_integrity.get();
    if (m_integrity_generation != m_plan_generation) return {}; // about a plan that is closed now
    return result == "ok" ? std::string() : result;
}

void Workspace::SetStore(std::unique_ptr<PlanStore> store, const std::string& path) {
    m_store = std::move(store);
    m_path = path;
    m_data_version = -1; // the new file's PRAGMA data_version starts its own count
    ++m_plan_generation;
    Invalidate();
}

void Workspace::CreateEmpty(const std::string& path, const Plan& plan) {
    Adopt(PlanStore::Create(path, plan));
}

void Workspace::Adopt(std::unique_ptr<PlanStore> store) {
    std::string path = store->Path();
    SetStore(std::move(store), path);
}

void Workspace::Close() {
    SetStore(nullptr, "");
}

void Workspace::Invalidate() {
    m_data_valid = false;
    m_notes.clear();
    ++m_revision;
}

bool Workspace::PollExternalChanges(int64_t now_ms) {
    if (!m_store || (m_data_version >= 0 && now_ms - m_data_version_at_ms < 500 && now_ms >= m_data_version_at_ms))
        return false;
    m_data_version_at_ms = now_ms;
    Statement st(m_store->Db(), "PRAGMA data_version");
    int64_t version = st.Step() ? st.Int(0) : 0;
    bool changed = m_data_version >= 0 && version != m_data_version;
    m_data_version = version;
    if (changed) Invalidate();
    return changed;
}

const PlanData& Workspace::Data() {
    if (!m_data_valid && m_store) {
        m_data.plan = m_store->GetPlan();
        m_data.themes = m_store->ListThemes();
        m_data.participants = m_store->ListParticipants();
        m_data.hearings = m_store->ListHearings();
        m_data.sub_themes.clear();
        PlanStructureStore structure(*m_store);
        for (const Theme& t : m_data.themes)
            for (SubTheme& s : structure.ListSubThemes(t.id)) m_data.sub_themes.push_back(std::move(s));
        m_data_valid = true;
    }
    return m_data;
}

const std::vector<Note>& Workspace::Notes(int64_t hearing_id) {
    auto it = m_notes.find(hearing_id);
    if (it == m_notes.end()) {
        std::vector<Note> notes;
        if (m_store) notes = m_store->ListNotes(hearing_id);
        it = m_notes.emplace(hearing_id, std::move(notes)).first;
    }
    return it->second;
}

const Theme* Workspace::FindTheme(int64_t id) {
    for (const Theme& t : Data().themes)
        if (t.id == id) return &t;
    return nullptr;
}

const Hearing* Workspace::FindHearing(int64_t id) {
    for (const Hearing& h : Data().hearings)
        if (h.id == id) return &h;
    return nullptr;
}

const Participant* Workspace::FindParticipant(int64_t id) {
    for (const Participant& p : Data().participants)
        if (p.id == id) return &p;
    return nullptr;
}

std::string Workspace::SpeakerLabel(int64_t participant_id) {
    const Participant* p = participant_id ? FindParticipant(participant_id) : nullptr;
    if (!p) return Tr("speaker.unknown");
    std::string discipline = DisciplineLabel(p->discipline);
    if (p->name.empty()) return discipline;
    return p->name + " (" + discipline + ")";
}

std::string DisciplineLabel(const std::string& discipline) {
    std::string key = "discipline." + discipline;
    if (GlobalTranslator().Has(key)) return Tr(key);
    return discipline.empty() ? Tr("discipline.none") : discipline;
}

} // namespace hd
