#include "core/workspace/background_jobs.h"

#include "core/cluster/objective_store.h"
#include "core/store/store.h"

namespace hd {

namespace {
std::unique_ptr<PlanStore> OpenForJob(const std::string& plan_path) {
    OpenOptions open;
    open.check_integrity = false; // the UI's connection checked it on open
    return PlanStore::Open(plan_path, open);
}
} // namespace

void StartClustering(JobSlot<ClusteringJob>& slot, const std::string& plan_path,
                     std::shared_ptr<const TextAnalyzer> analyzer, int64_t theme_id, const ReclusterOptions& options) {
    auto job = std::make_unique<ClusteringJob>();
    job->theme_id = theme_id;
    job->analyzer = std::move(analyzer);
    slot.Start(std::move(job), [plan_path, options](ClusteringJob& j) {
        auto store = OpenForJob(plan_path);
        ReclusterOptions run = options; // this run's own copy, wired to the job's cancel and progress
        run.cluster.cancel = &j.cancel;
        run.cluster.progress = [&j](float f) { j.progress = f; };
        ClusterStore clusters(*store, *j.analyzer);
        j.report = clusters.Recluster(j.theme_id, run);
        if (!j.report.cancelled) ObjectiveStore(*store).ProposeObjectives(j.theme_id);
    });
}

void StartTextImport(JobSlot<TextImportJob>& slot, const TextImportRequest& request) {
    auto job = std::make_unique<TextImportJob>();
    job->hearing_id = request.hearing_id;
    slot.Start(std::move(job), [request](TextImportJob& j) {
        auto store = OpenForJob(request.plan_path);
        TextFileImportOptions o;
        o.by = request.by;
        o.batch_lines = request.batch_lines;
        o.cancel = &j.cancel;
        o.progress = [&j](const TextImportProgress& p) {
            j.progress = p.Fraction();
            j.notes_done = p.notes_added + p.notes_already_present;
        };
        j.result = ImportTextTranscriptFile(*store, j.hearing_id, request.reporter, request.file_path, o);
    });
}

} // namespace hd
