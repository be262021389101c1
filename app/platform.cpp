#include "app/platform.h"

#define GL_SILENCE_DEPRECATION
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <cstdio>
#include <vector>

#include "app/app_state.h"
#include "app/ui_frame.h"
#include "app/ui_widgets.h"
#include "app/workspace.h"
#include "core/store/store.h"

extern "C" int stbi_write_png(char const* filename, int w, int h, int comp, const void* data, int stride_in_bytes);

namespace hd {

namespace {
bool SavePng(const std::string& path, int w, int h) {
    std::vector<unsigned char> pixels(static_cast<size_t>(w) * static_cast<size_t>(h) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's rows start at the bottom; PNG's at the top.
    std::vector<unsigned char> flipped(pixels.size());
    size_t row = static_cast<size_t>(w) * 4;
    for (int y = 0; y < h; ++y)
        std::copy_n(pixels.data() + static_cast<size_t>(h - 1 - y) * row, row, flipped.data() + static_cast<size_t>(y) * row);
    return stbi_write_png(path.c_str(), w, h, 4, flipped.data(), static_cast<int>(row)) != 0;
}

void ApplyFullscreen(GLFWwindow* window, bool fullscreen, int& saved_x, int& saved_y, int& saved_w, int& saved_h) {
    bool is_full = glfwGetWindowMonitor(window) != nullptr;
    if (fullscreen == is_full) return;
    if (fullscreen) {
        glfwGetWindowPos(window, &saved_x, &saved_y);
        glfwGetWindowSize(window, &saved_w, &saved_h);
        GLFWmonitor* monitor = glfwGetPrimaryMonitor();
        const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
        if (mode) glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    } else {
        glfwSetWindowMonitor(window, nullptr, saved_x, saved_y, saved_w, saved_h, 0);
    }
}

void ApplyStyle() {
    ImGui::StyleColorsDark();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 4.0f;
    style.FrameRounding = 4.0f;
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(10, 7);
    style.CellPadding = ImVec2(6, 5);
}
} // namespace

int RunWindow(AppState& state, Workspace& ws, const PlatformOptions& options) {
    if (!glfwInit()) {
        std::fprintf(stderr, "hearingdesk: cannot open a window (no display? try xvfb-run -a)\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    if (!options.visible) glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    GLFWwindow* window = glfwCreateWindow(options.width, options.height, "Hearing Desk", nullptr, nullptr);
    if (!window) {
        std::fprintf(stderr, "hearingdesk: cannot create an OpenGL 3 window\n");
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // window layout is fixed; nothing to remember between runs
    ApplyStyle();
    LoadFonts();
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 130");

    int frame = 0, saved_x = 100, saved_y = 100, saved_w = options.width, saved_h = options.height;
    int exit_code = 0;
    while (!glfwWindowShouldClose(window) && !state.quit) {
        if (options.screenshot_path.empty()) glfwWaitEventsTimeout(0.1); // the clock ticks even when idle
        else glfwPollEvents();
        state.now_ms = NowWallMs();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        DrawFrame(state, ws);
        ImGui::Render();
        int w, h;
        glfwGetFramebufferSize(window, &w, &h);
        glViewport(0, 0, w, h);
        glClearColor(0.08f, 0.09f, 0.11f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (!options.screenshot_path.empty() && ++frame >= options.frames) {
            glFinish();
            if (!SavePng(options.screenshot_path, w, h)) {
                std::fprintf(stderr, "hearingdesk: could not write %s\n", options.screenshot_path.c_str());
                exit_code = 1;
            }
            break;
        }
        glfwSwapBuffers(window);
        if (options.screenshot_path.empty()) ApplyFullscreen(window, state.fullscreen, saved_x, saved_y, saved_w, saved_h);
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exit_code;
}

} // namespace hd
