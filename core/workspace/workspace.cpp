#include "core/workspace/workspace.h"

#include <algorithm>
#include <chrono>

#include "core/base/i18n.h"
#include "core/store/db.h"
#include "core/store/plan_structure.h"
#include "core/text/text_analysis.h"

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
    m_live_grouping.reset(); // its model belongs to the old plan's clusters
    Changed();
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

// [SECTION] Changes
void Workspace::AccountForWrites() {
    m_changes_seen = m_store ? m_store->Db().TotalChanges() : -1;
}

void Workspace::WriteDraft(const std::function<void(PlanStore&)>& write) {
    // An earlier write nobody reported must not pass for part of the draft's: then the count is left
    // as it is, and the next PollChanges makes everything stale.
    bool unreported_before = m_store->Db().TotalChanges() != m_changes_seen;
    write(*m_store);
    if (!unreported_before) AccountForWrites();
}

void Workspace::Changed() {
    AccountForWrites();
    m_data_valid = false;
    m_notes.clear();
    m_everything_at = ++m_revision;
    m_hearing_at.clear();
    m_theme_at.clear();
    // Results of the old state are dropped rather than kept beside the new: a closed plan's or a
    // deleted hearing's data must not stay in memory.
    m_room_contributions.clear();
    m_theme_contributions.clear();
    m_bars.clear();
    m_groups.clear();
    m_boards.clear();
    m_reviews.clear();
    m_walls.clear();
    m_figures.clear();
    m_plan_cycle = {};
    m_monitoring.clear();
    m_priority_votes.clear();
    m_phases = {};
    m_swot_choices.clear();
    m_core_reviews.clear();
    m_core_group = {};
    m_plan_draft = {};
}

int64_t Workspace::ThemeOfHearing(int64_t hearing_id) {
    const Hearing* h = FindHearing(hearing_id);
    return h ? h->theme_id : 0;
}

void Workspace::ChangedHearing(int64_t hearing_id) {
    AccountForWrites(); // first: the lookup below reads, and must not take this write for an unreported one
    int64_t theme_id = ThemeOfHearing(hearing_id); // before the hearing list is re-read
    ++m_revision;
    m_hearing_at[hearing_id] = m_revision;
    if (theme_id) m_theme_at[theme_id] = m_revision; // the theme's contributions include this hearing's
    m_notes.erase(hearing_id);
    m_data_valid = false; // the hearing's record (clock, status) may be what changed
}

void Workspace::ChangedTheme(int64_t theme_id) {
    AccountForWrites();
    ++m_revision;
    m_theme_at[theme_id] = m_revision;
    m_data_valid = false; // sub-themes are part of the plan data
}

uint64_t Workspace::HearingRevision(int64_t hearing_id) const {
    auto it = m_hearing_at.find(hearing_id);
    return std::max(m_everything_at, it == m_hearing_at.end() ? 0 : it->second);
}

uint64_t Workspace::ThemeRevision(int64_t theme_id) const {
    auto it = m_theme_at.find(theme_id);
    return std::max(m_everything_at, it == m_theme_at.end() ? 0 : it->second);
}

bool Workspace::PollChanges(int64_t now_ms) {
    if (m_store && m_store->Db().TotalChanges() != m_changes_seen) {
        Changed();
        return true;
    }
    if (!m_store || (m_data_version >= 0 && now_ms - m_data_version_at_ms < 500 && now_ms >= m_data_version_at_ms))
        return false;
    m_data_version_at_ms = now_ms;
    Statement st(m_store->Db(), "PRAGMA data_version");
    int64_t version = st.Step() ? st.Int(0) : 0;
    bool changed = m_data_version >= 0 && version != m_data_version;
    m_data_version = version;
    if (changed) Changed();
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

std::shared_ptr<const std::vector<Note>> Workspace::Notes(int64_t hearing_id) {
    auto it = m_notes.find(hearing_id);
    if (it == m_notes.end()) {
        std::vector<Note> notes;
        if (m_store) notes = m_store->ListNotes(hearing_id);
        it = m_notes.emplace(hearing_id, std::make_shared<const std::vector<Note>>(std::move(notes))).first;
    }
    return it->second;
}

// [SECTION] Computed data
const std::shared_ptr<const TextAnalyzer>& Workspace::Analyzer() {
    if (!m_analyzer) m_analyzer = std::make_shared<const TextAnalyzer>(FindAssetsDir());
    return m_analyzer;
}

const std::vector<Contribution>& Workspace::RoomContributions(int64_t hearing_id) {
    auto& cached = m_room_contributions[hearing_id];
    uint64_t revision = HearingRevision(hearing_id);
    if (cached.revision != revision) {
        cached.value = m_store ? hd::RoomContributions(*m_store, hearing_id, *Notes(hearing_id)) : std::vector<Contribution>{};
        cached.revision = revision;
    }
    return cached.value;
}

const std::vector<Contribution>& Workspace::ThemeContributions(int64_t theme_id) {
    auto& cached = m_theme_contributions[theme_id];
    uint64_t revision = ThemeRevision(theme_id);
    if (cached.revision != revision) {
        cached.value = m_store ? hd::ThemeContributions(*m_store, theme_id) : std::vector<Contribution>{};
        cached.revision = revision;
    }
    return cached.value;
}

const std::vector<DisciplineBar>& Workspace::DisciplineBars(int64_t hearing_id) {
    auto& cached = m_bars[hearing_id];
    uint64_t revision = HearingRevision(hearing_id);
    if (cached.revision != revision) {
        const Hearing* h = FindHearing(hearing_id);
        cached.value = h ? CountDisciplineBars(*h, Data().participants, *Notes(hearing_id)) : std::vector<DisciplineBar>{};
        cached.revision = revision;
    }
    return cached.value;
}

const LiveGroups& Workspace::Groups(int64_t hearing_id) {
    auto& cached = m_groups[hearing_id];
    int64_t theme_id = ThemeOfHearing(hearing_id);
    // The groups follow both the hearing's contributions and the theme's clustering.
    uint64_t revision = std::max(HearingRevision(hearing_id), ThemeRevision(theme_id));
    if (cached.revision != revision) {
        cached.value = {};
        if (m_store && theme_id) {
            if (!m_live_grouping) m_live_grouping = std::make_unique<LiveGrouping>();
            cached.value = m_live_grouping->Count(*m_store, *Analyzer(), theme_id, RoomContributions(hearing_id));
        }
        cached.revision = revision;
    }
    return cached.value;
}

std::shared_ptr<const ThemeBoard> Workspace::Board(int64_t theme_id) {
    auto& cached = m_boards[theme_id];
    uint64_t revision = ThemeRevision(theme_id);
    if (cached.revision != revision || !cached.value) {
        cached.value = std::make_shared<const ThemeBoard>(
            m_store ? ReadThemeBoard(*m_store, *Analyzer(), theme_id, ThemeContributions(theme_id), Data().hearings)
                    : ThemeBoard{});
        cached.revision = revision;
    }
    return cached.value;
}

std::shared_ptr<const HearingReview> Workspace::Review(int64_t hearing_id) {
    auto& cached = m_reviews[hearing_id];
    uint64_t revision = HearingRevision(hearing_id);
    if (cached.revision != revision || !cached.value) {
        cached.value = std::make_shared<const HearingReview>(m_store ? ReadHearingReview(*m_store, hearing_id) : HearingReview{});
        cached.revision = revision;
    }
    return cached.value;
}

// [SECTION] Views of the projection, the Plan cycle screen, the Core group screen and the forum
// The view kept in `kept` while it was read at `revision` in the current language; else read again.
// When reading fails, an empty view is kept until the next change (the error reaches the caller once,
// not on every frame).
template <class T, class Read>
std::shared_ptr<const T> Workspace::Keep(Kept<T>& kept, uint64_t revision, Read read) {
    Language language = GlobalTranslator().GetLanguage();
    if (kept.value && kept.revision == revision && kept.language == language) return kept.value;
    kept.revision = revision;
    kept.language = language;
    kept.value = std::make_shared<const T>();
    if (m_store) kept.value = std::make_shared<const T>(read());
    return kept.value;
}

namespace {
ExportLabels CurrentLabels() {
    return ExportLabels(&GlobalTranslator(), GlobalTranslator().GetLanguage());
}
} // namespace

std::shared_ptr<const WallModeration> Workspace::Wall(int64_t hearing_id) {
    return Keep(m_walls[hearing_id], HearingRevision(hearing_id), [&] { return WallStore(*m_store).Load(hearing_id); });
}

std::shared_ptr<const std::vector<Indicator>> Workspace::Figures(int64_t theme_id) {
    return Keep(m_figures[theme_id], ThemeRevision(theme_id), [&] { return ReadThemeFigures(*m_store, theme_id); });
}

std::shared_ptr<const PlanCycleView> Workspace::PlanCycle() {
    return Keep(m_plan_cycle, m_revision, [&] { return ReadPlanCycle(*m_store); });
}

std::shared_ptr<const std::vector<MonitoringRow>> Workspace::MonitoringRows(int year) {
    return Keep(m_monitoring[year], m_revision, [&] { return MonitoringStore(*m_store).Rows(year); });
}

std::shared_ptr<const PriorityRoundView> Workspace::PriorityVotes(int64_t round_id) {
    return Keep(m_priority_votes[round_id], m_revision, [&] { return ReadPriorityRound(*m_store, round_id); });
}

std::shared_ptr<const std::vector<PhaseOutput>> Workspace::Phases() {
    return Keep(m_phases, m_revision, [&] { return ListPhaseOutputs(*m_store); });
}

std::shared_ptr<const SwotCitationChoices> Workspace::SwotChoices(int64_t theme_id) {
    return Keep(m_swot_choices[theme_id], m_revision, [&] { return ListSwotCitationChoices(*m_store, theme_id); });
}

std::shared_ptr<const CoreReviewView> Workspace::CoreReview(int64_t hearing_id) {
    return Keep(m_core_reviews[hearing_id], HearingRevision(hearing_id),
                [&] { return ReadCoreReview(*m_store, hearing_id, CurrentLabels()); });
}

std::shared_ptr<const CoreGroupView> Workspace::CoreGroup() {
    return Keep(m_core_group, m_revision, [&] { return ReadCoreGroup(*m_store); });
}

std::shared_ptr<const PlanDocument> Workspace::PlanDraft() {
    return Keep(m_plan_draft, m_revision, [&] { return ReadPlanDraft(*m_store, CurrentLabels()); });
}

// [SECTION] Reads
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
