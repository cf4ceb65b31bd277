// kiroku-server: wiring only; see backend/src/app/ServerApp.cpp.
#include "app/ServerApp.h"

int main(int argc, char** argv) {
    kiroku::backend::app::ServerApp app;
    return app.run(argc, argv);
}
