#include "FuzzerDriver.h"

// libFuzzer's entry for programs that have their own main (part of the fuzzer runtime that
// `-sanitize=fuzzer` links).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test_one_input)(const uint8_t *data, size_t size));

int kabar_fuzzer_main(int argc, char **argv, int (*test_one_input)(const uint8_t *data, size_t size)) {
    return LLVMFuzzerRunDriver(&argc, &argv, test_one_input);
}
