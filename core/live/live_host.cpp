// [SECTION] index
//   Connection state / Impl (thread, status) / Accepting and admission control / Reading frames /
//   Handshake / Joined reporters / Batched storing and acks / Writing / Timers / Commands / LiveHost
#include "core/live/live_host.h"

#include <asio.hpp>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "core/store/db.h"
#include "core/base/error_detail.h"
#include "core/base/errors.h"
#include "core/live/live_host_store.h"
#include "core/store/store.h"

namespace hd {
namespace {
using asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using Ms = std::chrono::milliseconds;

// [SECTION] Connection state
enum class Stage { Hello, StreamHeader, Join, Live, Closed };

struct HostConn {
    explicit HostConn(tcp::socket s, size_t max_frame) : socket(std::move(s)), reader(max_frame) {}
    tcp::socket socket;
    std::string ip;
    Stage stage = Stage::Hello;
    FrameReader reader;
    std::array<uint8_t, 64 * 1024> read_buf{};
    LiveSessionKeys keys;
    std::unique_ptr<FrameSealer> sealer;
    std::unique_ptr<FrameOpener> opener;
    char reporter = 0;
    std::string client_id;
    Clock::time_point deadline; // handshake deadline, then idle deadline
    uint64_t last_send_id = 0;  // reporters number their note versions; they must increase
    Bytes out_pending;          // frames waiting for the current write to finish
    Bytes out_writing;
    bool writing = false;
    bool close_after_write = false;
    bool counts_as_handshake = true;
};
using ConnPtr = std::shared_ptr<HostConn>;

int ReporterIndex(char r) {
    return r == 'B' ? 1 : 0;
}
} // namespace

// [SECTION] Impl
struct LiveHost::Impl {
    explicit Impl(LiveHostOptions o) : options(std::move(o)), acceptor(io), sweep(io), accept_retry(io) {}

    LiveHostOptions options;
    asio::io_context io;
    tcp::acceptor acceptor;
    asio::steady_timer sweep;
    asio::steady_timer accept_retry;
    std::thread thread;
    bool stopping = false;

    // Network-thread state
    std::unique_ptr<PlanStore> store;
    std::unique_ptr<LiveHostStore> host_store;
    LiveSessionRecord session;
    LiveKey master{};
    std::set<ConnPtr> conns;
    ConnPtr reporters[2];
    std::map<std::string, int> handshakes_by_ip;
    std::map<std::string, std::deque<Clock::time_point>> failures_by_ip;
    std::vector<std::pair<ConnPtr, LiveNoteVersion>> batch;
    bool flush_posted = false;
    int commits_since_checkpoint = 0;
    Clock::time_point last_ping = Clock::now();
    std::vector<std::string> promoted;

    // Shared with the UI thread
    mutable std::mutex status_mutex;
    std::condition_variable status_cv;
    LiveHostStatus status;

    template <class F> void UpdateStatus(F f) {
        {
            std::lock_guard<std::mutex> lock(status_mutex);
            f(status);
        }
        status_cv.notify_all();
    }

    // [SECTION] Start-up (network thread)
    void Run() {
        try {
            Open();
        } catch (const UserError& e) {
            Fail(e.Key(), e.what());
            return;
        } catch (const std::exception& e) {
            Fail("live.err_host_start", e.what());
            return;
        }
        Accept();
        ArmSweep();
        io.run();
    }

    void Fail(const std::string& key, const std::string& text) {
        UpdateStatus([&](LiveHostStatus& s) {
            s.state = LiveHostState::Failed;
            s.error_key = key;
            s.error = text;
        });
    }

    void Open() {
        store = PlanStore::Open(options.plan_path);
        // SQLite would checkpoint inside a COMMIT now and then, delaying that batch's acks by two
        // more fsyncs; the host checkpoints itself after the acks are out instead (Checkpoint()).
        store->Db().Exec("PRAGMA wal_autocheckpoint = 0");
        host_store = std::make_unique<LiveHostStore>(*store, options.hearing_id);
        session = host_store->LoadOrCreateSession(options.join_code, options.fresh_code);
        master = DeriveMasterKey(session.join_code, session.salt, options.kdf);
        asio::error_code ec;
        tcp::endpoint ep(asio::ip::make_address(options.bind_address, ec), options.port);
        if (ec)
            throw UserError("live.err_bad_address", "Not an IP address: " + options.bind_address + ".",
                            {options.bind_address});
        acceptor.open(ep.protocol());
        acceptor.set_option(tcp::acceptor::reuse_address(true));
        acceptor.bind(ep, ec);
        if (ec)
            throw UserError("live.err_bind",
                            "Cannot listen on " + options.bind_address + " port " +
                                std::to_string(options.port) + ": " + ec.message(),
                            {options.bind_address, std::to_string(options.port), ec.category() == asio::system_category() ? OsErrorArg(ec.value()) : ec.message()});
        acceptor.listen(asio::socket_base::max_listen_connections);
        uint16_t port = acceptor.local_endpoint().port();
        LiveReporterCounts a = host_store->Counts('A'), b = host_store->Counts('B');
        UpdateStatus([&](LiveHostStatus& s) {
            s.state = LiveHostState::Running;
            s.address = options.bind_address;
            s.port = port;
            s.join_code = FormatJoinCode(session.join_code);
            s.reporters[0].notes = a.notes;
            s.reporters[0].last_seq = a.max_seq;
            s.reporters[1].notes = b.notes;
            s.reporters[1].last_seq = b.max_seq;
        });
    }

    // [SECTION] Accepting and admission control
    void Accept() {
        acceptor.async_accept([this](asio::error_code ec, tcp::socket socket) {
            if (stopping) return;
            if (!ec) {
                Admit(std::move(socket));
                Accept();
                return;
            }
            // Out of file descriptors or similar: try again shortly instead of spinning.
            accept_retry.expires_after(Ms(100));
            accept_retry.async_wait([this](asio::error_code tec) {
                if (!tec && !stopping) Accept();
            });
        });
    }

    // Milliseconds until `ip` may try to join again; 0 when it may now. The ban lifts once fewer
    // than the maximum failures lie within the window, i.e. when the one that tipped it ages out.
    int64_t RateLimitedForMs(const std::string& ip) {
        auto it = failures_by_ip.find(ip);
        if (it == failures_by_ip.end()) return 0;
        auto now = Clock::now();
        auto cutoff = now - Ms(options.failed_join_window_ms);
        while (!it->second.empty() && it->second.front() < cutoff)
            it->second.pop_front();
        if (it->second.empty()) {
            failures_by_ip.erase(it);
            return 0;
        }
        int over = static_cast<int>(it->second.size()) - options.max_failed_joins_per_ip;
        if (over < 0) return 0;
        auto lifts = it->second[static_cast<size_t>(over)] + Ms(options.failed_join_window_ms);
        return std::max<int64_t>(1, std::chrono::duration_cast<std::chrono::milliseconds>(lifts - now).count());
    }

    void Admit(tcp::socket socket) {
        asio::error_code ec;
        auto remote = socket.remote_endpoint(ec);
        if (ec) return;
        auto conn = std::make_shared<HostConn>(std::move(socket), options.max_frame_bytes);
        conn->ip = remote.address().to_string();
        conn->socket.set_option(tcp::no_delay(true), ec);
        // A flood of idle connections is cut here, before any work or allocation beyond the socket.
        auto pending = handshakes_by_ip.find(conn->ip);
        if (static_cast<int>(conns.size()) >= options.max_connections ||
            (pending != handshakes_by_ip.end() && pending->second >= options.max_handshakes_per_ip)) {
            UpdateStatus([](LiveHostStatus& s) { ++s.refused_connections; });
            conn->socket.close(ec);
            return;
        }
        conns.insert(conn);
        ++handshakes_by_ip[conn->ip];
        conn->deadline = Clock::now() + Ms(options.handshake_timeout_ms);
        if (int64_t wait_ms = RateLimitedForMs(conn->ip)) {
            UpdateStatus([](LiveHostStatus& s) { ++s.refused_connections; });
            // Said with the wait: an honest reporter behind the same address learns why and how long.
            RefusePlain(conn, LiveRefusal::RateLimited, static_cast<uint32_t>((wait_ms + 999) / 1000));
            return;
        }
        Read(conn);
    }

    void RecordFailure(const ConnPtr& conn) {
        failures_by_ip[conn->ip].push_back(Clock::now());
        UpdateStatus([](LiveHostStatus& s) { ++s.failed_joins; });
    }

    // [SECTION] Reading frames
    void Read(const ConnPtr& conn) {
        conn->socket.async_read_some(
            asio::buffer(conn->read_buf), [this, conn](asio::error_code ec, size_t n) {
                if (conn->stage == Stage::Closed) return;
                if (ec) {
                    // A plain disconnect (port scan, a client giving up) is not a failed join.
                    Close(conn);
                    return;
                }
                conn->reader.Feed(std::span<const uint8_t>(conn->read_buf.data(), n));
                while (conn->stage != Stage::Closed && !conn->close_after_write) {
                    auto frame = conn->reader.Next();
                    if (!frame) break;
                    OnFrame(conn, *frame);
                }
                if (conn->reader.Oversized()) {
                    Misbehaved(conn);
                    return;
                }
                if (conn->stage != Stage::Closed && !conn->close_after_write) Read(conn);
            });
    }

    void Misbehaved(const ConnPtr& conn) {
        if (conn->stage == Stage::Live)
            UpdateStatus([](LiveHostStatus& s) { ++s.dropped_connections; });
        else
            RecordFailure(conn);
        Close(conn);
    }

    void OnFrame(const ConnPtr& conn, const Bytes& frame) {
        try {
            switch (conn->stage) {
            case Stage::Hello:
                OnHello(conn, frame);
                break;
            case Stage::StreamHeader:
                OnStreamHeader(conn, frame);
                break;
            case Stage::Join:
                OnJoin(conn, frame);
                break;
            case Stage::Live:
                OnLiveFrame(conn, frame);
                break;
            case Stage::Closed:
                break;
            }
        } catch (const UserError& e) {
            // The plan could not be read (locked, disk trouble): drop this connection, keep hosting.
            UpdateStatus([&](LiveHostStatus& s) {
                s.error_key = e.Key();
                s.error = e.what();
            });
            Close(conn);
        }
    }

    // [SECTION] Handshake
    void OnHello(const ConnPtr& conn, const Bytes& frame) {
        auto version = PeekHelloVersion(frame);
        if (!version) return Misbehaved(conn);
        if (*version != options.protocol_version) {
            UpdateStatus([](LiveHostStatus& s) { ++s.refused_connections; });
            // Only the fixed prefix: the other build cannot be expected to read our body layout.
            LiveServerHello h;
            h.version = options.protocol_version;
            Bytes payload = EncodeServerHello(h);
            payload.resize(8);
            SendRaw(conn, payload);
            conn->close_after_write = true;
            return;
        }
        auto hello = DecodeClientHello(frame);
        if (!hello) return Misbehaved(conn);
        LiveServerHello reply;
        reply.version = options.protocol_version;
        reply.salt = session.salt;
        reply.opslimit = options.kdf.opslimit;
        reply.memlimit = options.kdf.memlimit;
        reply.nonce = RandomNonce();
        conn->keys = DeriveSessionKeys(master, hello->nonce, reply.nonce);
        conn->sealer = std::make_unique<FrameSealer>(conn->keys.host_to_client);
        reply.stream_header = conn->sealer->Header();
        SendRaw(conn, EncodeServerHello(reply));
        conn->stage = Stage::StreamHeader;
    }

    void OnStreamHeader(const ConnPtr& conn, const Bytes& frame) {
        if (frame.size() != kLiveStreamHeaderBytes) return Misbehaved(conn);
        LiveStreamHeader header{};
        std::copy(frame.begin(), frame.end(), header.begin());
        conn->opener = std::make_unique<FrameOpener>(conn->keys.client_to_host, header);
        if (!conn->opener->Valid()) return Misbehaved(conn);
        conn->stage = Stage::Join;
    }

    void OnJoin(const ConnPtr& conn, const Bytes& frame) {
        auto plain = conn->opener->Open(frame);
        if (!plain) {
            // The frame does not authenticate: the reporter typed another code (or an attacker guessed).
            RecordFailure(conn);
            RefusePlain(conn, LiveRefusal::BadCode);
            return;
        }
        auto msg = DecodeMessage(*plain);
        const LiveJoin* join = msg ? std::get_if<LiveJoin>(&*msg) : nullptr;
        if (!join || (join->reporter != 'A' && join->reporter != 'B')) return Misbehaved(conn);
        int idx = ReporterIndex(join->reporter);
        if (ConnPtr old = reporters[idx]) {
            if (old->client_id != join->client_id) {
                SendMessage(conn, LiveRefused{LiveRefusal::ReporterTaken});
                conn->close_after_write = true;
                return;
            }
            Close(old); // the same laptop again: its old connection is stale
        }
        if (HearingClosed()) {
            // Approved minutes: the reporter learns why, keeps its notes and does not retry.
            SendMessage(conn, LiveRefused{LiveRefusal::HearingClosed});
            conn->close_after_write = true;
            return;
        }
        LeaveHandshake(conn);
        conn->stage = Stage::Live;
        conn->reporter = join->reporter;
        conn->client_id = join->client_id;
        conn->deadline = Clock::now() + Ms(options.idle_timeout_ms);
        reporters[idx] = conn;
        UpdateStatus([&](LiveHostStatus& s) {
            s.reporters[idx].connected = true;
            s.reporters[idx].address = conn->ip;
            s.reporters[idx].last_seen_ms = NowWallMs();
        });
        SendMessage(conn, host_store->BuildWelcome(promoted));
    }

    void LeaveHandshake(const ConnPtr& conn) {
        if (!conn->counts_as_handshake) return;
        conn->counts_as_handshake = false;
        auto it = handshakes_by_ip.find(conn->ip);
        if (it != handshakes_by_ip.end() && --it->second <= 0) handshakes_by_ip.erase(it);
    }

    // Plaintext refusal (the peer has no working key) followed by closing the connection.
    void RefusePlain(const ConnPtr& conn, LiveRefusal why, uint32_t retry_after_s = 0) {
        LiveServerHello h;
        h.version = options.protocol_version;
        h.refusal = why;
        h.retry_after_s = retry_after_s;
        SendRaw(conn, EncodeServerHello(h));
        conn->close_after_write = true;
    }

    // [SECTION] Joined reporters
    void OnLiveFrame(const ConnPtr& conn, const Bytes& frame) {
        auto plain = conn->opener->Open(frame);
        std::optional<LiveMessage> msg;
        if (plain) msg = DecodeMessage(*plain);
        if (!msg) return Misbehaved(conn); // tampered, replayed, reordered or malformed
        conn->deadline = Clock::now() + Ms(options.idle_timeout_ms);
        int idx = ReporterIndex(conn->reporter);
        if (auto* v = std::get_if<LiveNoteVersion>(&*msg)) {
            if (v->send_id <= conn->last_send_id) return Misbehaved(conn);
            conn->last_send_id = v->send_id;
            int64_t behind = v->pending_after;
            batch.emplace_back(conn, std::move(*v));
            UpdateStatus([&](LiveHostStatus& s) {
                ++s.versions_received;
                s.reporters[idx].behind = behind;
                s.reporters[idx].last_seen_ms = NowWallMs();
            });
            PostFlush();
        } else if (auto* p = std::get_if<LivePing>(&*msg)) {
            UpdateStatus([&](LiveHostStatus& s) {
                s.reporters[idx].behind = p->pending;
                s.reporters[idx].last_seen_ms = NowWallMs();
            });
        }
        // Other messages are host-to-reporter only; a reporter sending them is ignored.
    }

    // [SECTION] Batched storing and acks
    // Frames already read are handled first; the flush then commits them all in one transaction.
    void PostFlush() {
        if (flush_posted) return;
        flush_posted = true;
        asio::post(io, [this] { Flush(); });
    }

    void Flush() {
        flush_posted = false;
        if (batch.empty()) return;
        std::vector<std::pair<ConnPtr, LiveNoteVersion>> taken;
        taken.swap(batch);
        std::vector<LiveHostStore::Incoming> incoming;
        incoming.reserve(taken.size());
        for (auto& [conn, v] : taken)
            incoming.push_back({conn->reporter, v});
        if (HearingClosed()) return RefuseClosed(taken);
        LiveApplyResult result;
        try {
            result = host_store->ApplyBatch(incoming);
        } catch (const UserError& e) {
            // Nothing was acknowledged; the reporters keep the notes and resend on reconnect.
            UpdateStatus([&](LiveHostStatus& s) {
                s.error_key = e.Key();
                s.error = e.what();
            });
            for (auto& entry : taken)
                Close(entry.first);
            return;
        }
        UpdateStatus([&](LiveHostStatus& s) {
            s.versions_stored += result.stored;
            s.duplicates += result.duplicates;
            s.rejected_versions += result.rejected;
            for (int i = 0; i < 2; ++i) {
                s.reporters[i].notes += result.new_notes[i];
                s.reporters[i].last_seq = std::max(s.reporters[i].last_seq, result.max_seq[i]);
            }
            if (result.stored > 0) ++s.store_generation;
        });
        // Acknowledge only now: the commit above has returned, the versions are durable.
        std::map<ConnPtr, uint64_t> ack_upto;
        for (auto& [conn, v] : taken)
            ack_upto[conn] = std::max(ack_upto[conn], v.send_id);
        for (auto& [conn, upto] : ack_upto)
            if (conn->stage == Stage::Live) SendMessage(conn, LiveAck{upto});
        if (options.on_stored && !result.stored_uuids.empty()) options.on_stored(result.stored_uuids);
        if (++commits_since_checkpoint >= 64) asio::post(io, [this] { Checkpoint(); });
    }

    bool HearingClosed() {
        try {
            return host_store->IsClosed();
        } catch (const UserError&) {
            return false; // a read failure is reported by the store write that follows
        }
    }

    // The minutes were approved while reporters were connected: nothing of the batch is stored or
    // acknowledged; each reporter is told why and keeps the notes in its own plan (its outbox).
    void RefuseClosed(std::vector<std::pair<ConnPtr, LiveNoteVersion>>& taken) {
        UpdateStatus([&](LiveHostStatus& s) { s.rejected_versions += static_cast<int64_t>(taken.size()); });
        std::set<ConnPtr> told;
        for (auto& entry : taken) {
            const ConnPtr& conn = entry.first;
            if (!told.insert(conn).second || conn->stage != Stage::Live) continue;
            SendMessage(conn, LiveRefused{LiveRefusal::HearingClosed});
            conn->close_after_write = true;
        }
    }

    // Copies the WAL back into the plan file (PASSIVE: never waits for the UI's readers), after the
    // acks of the batches before it have been sent.
    void Checkpoint() {
        if (commits_since_checkpoint < 64) return;
        commits_since_checkpoint = 0;
        try {
            Statement st(store->Db(), "PRAGMA wal_checkpoint(PASSIVE)");
            st.Step();
        } catch (const UserError&) {
            // A failed checkpoint loses nothing; the WAL keeps the data and the next one retries.
        }
    }

    // [SECTION] Writing
    void SendRaw(const ConnPtr& conn, std::span<const uint8_t> payload) {
        AppendFrame(conn->out_pending, payload);
        StartWrite(conn);
    }

    void SendMessage(const ConnPtr& conn, const LiveMessage& msg) {
        if (!conn->sealer) return;
        Bytes plain = EncodeMessage(msg);
        SendRaw(conn, conn->sealer->Seal(plain));
    }

    void StartWrite(const ConnPtr& conn) {
        if (conn->writing || conn->stage == Stage::Closed) return;
        if (conn->out_pending.empty()) {
            if (conn->close_after_write) Close(conn);
            return;
        }
        conn->writing = true;
        conn->out_writing.swap(conn->out_pending);
        conn->out_pending.clear();
        asio::async_write(conn->socket, asio::buffer(conn->out_writing),
                          [this, conn](asio::error_code ec, size_t) {
                              conn->writing = false;
                              conn->out_writing.clear();
                              if (ec) return Close(conn);
                              StartWrite(conn);
                          });
    }

    void Close(const ConnPtr& conn) {
        if (conn->stage == Stage::Closed) return;
        LeaveHandshake(conn);
        conn->stage = Stage::Closed;
        asio::error_code ec;
        conn->socket.shutdown(tcp::socket::shutdown_both, ec);
        conn->socket.close(ec);
        conns.erase(conn);
        if (conn->reporter) {
            int idx = ReporterIndex(conn->reporter);
            if (reporters[idx] == conn) {
                reporters[idx].reset();
                UpdateStatus([&](LiveHostStatus& s) {
                    s.reporters[idx].connected = false;
                    s.reporters[idx].address.clear();
                });
            }
        }
    }

    // [SECTION] Timers: handshake and idle deadlines, keep-alive pings
    void ArmSweep() {
        sweep.expires_after(Ms(50));
        sweep.async_wait([this](asio::error_code ec) {
            if (ec || stopping) return;
            Sweep();
            ArmSweep();
        });
    }

    void Sweep() {
        auto now = Clock::now();
        std::vector<ConnPtr> expired;
        for (const ConnPtr& c : conns)
            if (c->deadline < now) expired.push_back(c);
        for (const ConnPtr& c : expired) {
            // A handshake left hanging counts as a failed join: real clients finish in milliseconds,
            // so only floods and stalled guessers run into this.
            if (c->stage == Stage::Live)
                UpdateStatus([](LiveHostStatus& s) { ++s.dropped_connections; });
            else
                RecordFailure(c);
            Close(c);
        }
        if (now - last_ping >= Ms(options.ping_interval_ms)) {
            last_ping = now;
            for (const ConnPtr& r : reporters)
                if (r) SendMessage(r, LivePing{0});
        }
    }

    // [SECTION] Commands (posted from the UI thread)
    void Publish() {
        LiveTimerState t = host_store->CurrentTimer();
        for (const ConnPtr& r : reporters)
            if (r) SendMessage(r, t);
    }

    void Promote(const std::string& uuid) {
        promoted.push_back(uuid);
        UpdateStatus([&](LiveHostStatus& s) { s.promoted = promoted; });
        for (const ConnPtr& r : reporters)
            if (r) SendMessage(r, LivePromote{uuid});
    }

    void Revoke() {
        try {
            session = host_store->ReplaceSession();
            master = DeriveMasterKey(session.join_code, session.salt, options.kdf);
        } catch (const UserError& e) {
            UpdateStatus([&](LiveHostStatus& s) {
                s.error_key = e.Key();
                s.error = e.what();
            });
            return;
        }
        UpdateStatus([&](LiveHostStatus& s) { s.join_code = FormatJoinCode(session.join_code); });
        std::vector<ConnPtr> all(conns.begin(), conns.end());
        for (const ConnPtr& c : all) {
            if (c->stage == Stage::Live) {
                SendMessage(c, LiveRefused{LiveRefusal::Revoked});
                c->close_after_write = true;
                StartWrite(c);
            } else {
                Close(c);
            }
        }
    }

    void Shutdown() {
        stopping = true;
        Flush(); // what was read is stored; it is not acknowledged, so reporters resend it anyway
        commits_since_checkpoint = 64;
        Checkpoint();
        asio::error_code ec;
        acceptor.close(ec);
        sweep.cancel();
        accept_retry.cancel();
        std::vector<ConnPtr> all(conns.begin(), conns.end());
        for (const ConnPtr& c : all)
            Close(c);
        io.stop();
    }
};

// [SECTION] LiveHost
LiveHost::LiveHost(LiveHostOptions options) : m_impl(std::make_unique<Impl>(std::move(options))) {}

LiveHost::~LiveHost() {
    Stop();
}

void LiveHost::Start() {
    if (m_impl->thread.joinable()) return;
    m_impl->UpdateStatus([](LiveHostStatus& s) { s.state = LiveHostState::Starting; });
    m_impl->thread = std::thread([impl = m_impl.get()] { impl->Run(); });
}

bool LiveHost::WaitUntilRunning(int timeout_ms) {
    std::unique_lock<std::mutex> lock(m_impl->status_mutex);
    m_impl->status_cv.wait_for(lock, Ms(timeout_ms), [&] {
        return m_impl->status.state == LiveHostState::Running ||
               m_impl->status.state == LiveHostState::Failed;
    });
    return m_impl->status.state == LiveHostState::Running;
}

void LiveHost::Stop() {
    if (!m_impl->thread.joinable()) return;
    asio::post(m_impl->io, [impl = m_impl.get()] { impl->Shutdown(); });
    m_impl->thread.join();
    m_impl->UpdateStatus([](LiveHostStatus& s) {
        if (s.state != LiveHostState::Failed) s.state = LiveHostState::Stopped;
        s.reporters[0].connected = s.reporters[1].connected = false;
    });
}

LiveHostStatus LiveHost::Status() const {
    std::lock_guard<std::mutex> lock(m_impl->status_mutex);
    return m_impl->status;
}

void LiveHost::PublishHearingState() {
    asio::post(m_impl->io, [impl = m_impl.get()] { impl->Publish(); });
}

void LiveHost::PromoteNote(const std::string& note_uuid) {
    asio::post(m_impl->io, [impl = m_impl.get(), note_uuid] { impl->Promote(note_uuid); });
}

void LiveHost::RevokeCode() {
    asio::post(m_impl->io, [impl = m_impl.get()] { impl->Revoke(); });
}

} // namespace hd
