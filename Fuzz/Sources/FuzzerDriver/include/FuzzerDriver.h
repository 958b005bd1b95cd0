#ifndef KABAR_FUZZER_DRIVER_H
#define KABAR_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer's driver (argument parsing, corpus, mutation loop) on `test_one_input`.
///
/// SwiftPM links an executable target with `main` renamed to `<Target>_main`, so libFuzzer's
/// own `main` is never used; each fuzz target defines `<Target>_main` and calls this.
int kabar_fuzzer_main(int argc, char **argv, int (*test_one_input)(const uint8_t *data, size_t size));

#endif
