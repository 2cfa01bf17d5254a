# os/posix-exec, os/posix-chroot, os/compiler (src/core/os.c); forking and
# replacing the process run in tests/cli/test_host.py.

#### os/posix-exec argument errors
(pp (protect (os/posix-exec [])))
(pp (protect (os/posix-exec 1)))
(pp (protect (os/posix-exec ["x"] :q)))
#> (false "expected at least 1 command line argument")
#> (false "bad slot #0, expected array or tuple, got 1")
#> (false "unexpected flag q, expected one of \"epxd\"")

#### os/posix-chroot reports the C library's error
(pp (protect (os/posix-chroot "/nonexistent-dir-for-chroot")))
(pp (protect (os/posix-chroot 1)))
#> (false "No such file or directory")
#> (false "bad slot #0, expected string, got 1")

#### os/compiler is one of the documented keywords
(pp (index-of (os/compiler) [:gcc :clang :msvc :kencc :unknown]))
(pp (protect (os/compiler 1)))
#> 0
#> (false "arity mismatch, expected 0, got 1")
