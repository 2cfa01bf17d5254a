# os/shell: a command through the system shell.  (One call per case: the
# reference 1.41 crashes on a second os/shell call in one process.)

#### os/shell returns the raw wait status: exit code times 256
(pp (os/shell "exit 3"))
#> 768

#### os/shell of a command that succeeds
(pp (os/shell "true"))
#> 0

#### os/shell without a command: whether there is a shell
(pp (os/shell))
#> true

#### os/shell wants a string
(pp (protect (os/shell nil)))
#> (false "bad slot #0, expected string, got nil")
