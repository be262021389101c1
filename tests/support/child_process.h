// Runs hearingctl (or any program) as a child process for fault tests: stdin fed from a string,
// stdout and stderr captured, optionally killed with SIGKILL after a delay, optionally with a
// file-size limit (RLIMIT_FSIZE, the portable stand-in for a full disk).
#pragma once
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace hd::test {

struct ChildOptions {
    std::string stdin_data;          // written to the child's stdin, which is then closed
    int kill_after_ms = -1;          // SIGKILL this long after the start; -1 = let it finish
    rlim_t file_size_limit = RLIM_INFINITY; // RLIMIT_FSIZE in bytes; SIGXFSZ is ignored so writes fail with EFBIG
    std::vector<std::string> env;    // extra "NAME=value" entries
    // Run as this user and group (e.g. 65534, nobody) when the tests run as root, whom file permissions
    // do not restrict. When switching fails the child exits with kCannotSwitchUser.
    int run_as_uid = -1;
};
inline constexpr int kCannotSwitchUser = 126;

struct ChildResult {
    int exit_code = -1; // when it exited
    int signal = 0;     // when a signal ended it
    std::string out, err;
    bool Killed() const { return signal == SIGKILL; }
};

inline ChildResult RunChild(const std::string& program, const std::vector<std::string>& args, const ChildOptions& options = {}) {
    // Writing to a killed child's stdin must fail with EPIPE, not end the test process.
    signal(SIGPIPE, SIG_IGN);
    int in_pipe[2], out_pipe[2], err_pipe[2];
    // Close-on-exec: children started at the same time from other threads must not inherit these
    // pipes, or a child's stdin would stay open (no end of input) as long as another child lives.
    if (pipe2(in_pipe, O_CLOEXEC) != 0 || pipe2(out_pipe, O_CLOEXEC) != 0 || pipe2(err_pipe, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe failed");
    auto start = std::chrono::steady_clock::now();
    pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        dup2(in_pipe[0], 0);
        dup2(out_pipe[1], 1);
        dup2(err_pipe[1], 2);
        for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) close(fd);
        if (options.file_size_limit != RLIM_INFINITY) {
            signal(SIGXFSZ, SIG_IGN); // inherited across exec: a write past the limit returns EFBIG
            rlimit lim{options.file_size_limit, options.file_size_limit};
            setrlimit(RLIMIT_FSIZE, &lim);
        }
        for (const std::string& e : options.env) putenv(const_cast<char*>(e.c_str()));
        if (options.run_as_uid >= 0) {
            auto id = static_cast<uid_t>(options.run_as_uid);
            if (setgroups(0, nullptr) != 0 || setgid(id) != 0 || setuid(id) != 0) _exit(kCannotSwitchUser);
        }
        std::vector<char*> argv;
        argv.push_back(const_cast<char*>(program.c_str()));
        for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    close(in_pipe[0]);
    close(out_pipe[1]);
    close(err_pipe[1]);
    std::thread feeder([fd = in_pipe[1], data = options.stdin_data] {
        size_t off = 0;
        while (off < data.size()) {
            ssize_t n = write(fd, data.data() + off, data.size() - off);
            if (n <= 0) break;
            off += static_cast<size_t>(n);
        }
        close(fd);
    });
    ChildResult result;
    bool killed = false;
    pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
    int open_fds = 2;
    while (open_fds > 0) {
        int timeout = -1;
        if (options.kill_after_ms >= 0 && !killed) {
            auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
            timeout = std::max<int>(0, options.kill_after_ms - static_cast<int>(elapsed.count()));
            if (timeout == 0) {
                kill(pid, SIGKILL);
                killed = true;
                timeout = -1;
            }
        }
        int n = poll(fds, 2, timeout);
        if (n < 0 && errno == EINTR) continue;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            char buf[8192];
            ssize_t got = read(fds[i].fd, buf, sizeof buf);
            if (got > 0) (i == 0 ? result.out : result.err).append(buf, static_cast<size_t>(got));
            else {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open_fds;
            }
        }
    }
    int status = 0;
    waitpid(pid, &status, 0);
    feeder.join();
    if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
    return result;
}

inline ChildResult RunHearingctl(const std::vector<std::string>& args, const ChildOptions& options = {}) {
    return RunChild(HD_HEARINGCTL, args, options);
}

// hearingctl run through the shell as `env hearingctl args 2>&1`: one string of arguments and the
// output of both streams together, as a user sees it in a terminal. `status` is pclose's wait status.
struct ShellRun {
    int status = 0;
    std::string out;
};

inline ShellRun RunHearingctlShell(const std::string& args, const std::string& env = "") {
    std::string cmd = env + " " + std::string(HD_HEARINGCTL) + " " + args + " 2>&1";
    ShellRun r;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) throw std::runtime_error("popen failed: " + cmd);
    std::array<char, 4096> buf{};
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    r.status = pclose(p);
    return r;
}

// The uuids hearingctl capture acknowledged ("saved <uuid>" lines).
inline std::set<std::string> Acknowledged(const std::string& out) {
    std::set<std::string> acked;
    std::istringstream in(out);
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("saved ", 0) == 0 && line.size() > 6) acked.insert(line.substr(6));
    return acked;
}

// A random generator whose seed is printed by the caller and can be fixed with HD_FAULT_SEED.
inline std::mt19937 FaultRng(unsigned* seed_out) {
    unsigned seed = std::random_device{}();
    if (const char* s = std::getenv("HD_FAULT_SEED"); s && *s) seed = static_cast<unsigned>(std::strtoul(s, nullptr, 10));
    *seed_out = seed;
    return std::mt19937(seed);
}

} // namespace hd::test
