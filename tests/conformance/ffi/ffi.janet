# ffi/* on ctypes (src/core/ffi.c and the ffi part of boot.janet).

#### types: sizes, alignments, layouts and their errors
(pp (protect (ffi/struct :void)))
(pp (protect (ffi/struct)))
(pp (protect (ffi/size :bogus)))
(pp (protect (ffi/size 1)))
(pp (get (protect (ffi/size @[:int 2 3])) 0))
(pp (ffi/size @[:int 3]))
(pp (ffi/size [:char @[:int 3]]))
(pp (protect (ffi/signature :bogus :int)))
(pp (type (ffi/signature :none :int :int)))
(pp (protect (ffi/call (ffi/lookup (ffi/native) "abs") (ffi/signature :none :int :int) 1)))
#> (false "bad field type void")
#> (false "arity mismatch, expected at least 1, got 0")
#> (false "unknown machine type bogus")
#> (false "bad native type 1")
#> false
#> 12
#> 16
#> (false "unknown calling convention bogus")
#> :core/ffi-signature
#> (false "calling convention not supported")

#### calling libc through pointers and signatures
(def n (ffi/native))
(def strlen (ffi/lookup n "strlen"))
(pp (type strlen))
(pp (ffi/lookup n "no_such_symbol_xyz"))
(def sig (ffi/signature :default :size :string))
(pp (ffi/call strlen sig "hello"))
(pp (type (ffi/call strlen sig "hello")))
(pp (protect (ffi/call strlen sig)))
(pp (protect (ffi/call strlen sig 1)))
(pp (protect (ffi/call 1 sig "x")))
(pp (protect (ffi/call strlen 1 "x")))
#> :pointer
#> nil
#> <core/u64 5>
#> :core/u64
#> (false "arity mismatch, expected 1, got 0")
#> (false "bad slot #2, expected string, got 1")
#> (false "bad slot #0, expected ffi callable pointer type, got 1")
#> (false "bad slot #1, expected core/ffi-signature, got 1")

#### writing and reading C values in buffers
(pp (ffi/write :int 258))
(pp (ffi/write [:char :int] [1 2]))
(pp (protect (ffi/write [:char :int] [1])))
(pp (protect (ffi/write :int 1.5)))
(pp (protect (ffi/write :int "a")))
(pp (protect (ffi/write :bool 1)))
(pp (protect (ffi/write :u8 -1)))
(pp (ffi/write :u8 300))
(pp (ffi/write :int8 300))
(pp (ffi/read :int (ffi/write :int -5)))
(pp (ffi/read :u64 (ffi/write :u64 5)))
(pp (ffi/read :s64 (ffi/write :s64 -5)))
(pp (ffi/read [:char :double] (ffi/write [:char :double] [1 2.5])))
(pp (ffi/read @[:u8 3] @"abc"))
(pp (protect (ffi/read :int @"ab")))
(pp (ffi/read :int @"abcdabcd" 4))
(pp (ffi/write :double 1.5 @"xx" 1))
(pp (protect (ffi/write :double 1.5 @"xx" 5)))
(pp (ffi/read :bool @"\x01"))
#> @"\x02\x01\0\0"
#> @"\x01\0\0\0\x02\0\0\0"
#> (false "wrong number of fields in struct, expected 2, got 1")
#> (false "bad slot #1, expected 32 bit signed integer, got 1.5")
#> (false "bad slot #1, expected 32 bit signed integer, got \"a\"")
#> (false "bad slot #1, expected boolean, got 1")
#> (false "can not convert number -1 to a 64 bit unsigned integer")
#> @","
#> @","
#> -5
#> <core/u64 5>
#> <core/s64 -5>
#> (1 2.5)
#> @[97 98 99]
#> (false "read out of range")
#> 1684234849
#> @"x\0\0\0\0\0\0\xF8?"
#> (false "index out of bounds")
#> true

#### C memory, libraries and trampolines
(def p (ffi/malloc 16))
(ffi/write :int 42 (ffi/pointer-buffer p 16) 0)
(pp (ffi/read :int p))
(def pb (ffi/pointer-buffer p 4 2))
(pp (length pb))
(pp (protect (ffi/write :double 1 pb 0)))
(pp (ffi/malloc 0))
(pp (ffi/free nil))
(pp (ffi/free p))
(pp (protect (ffi/close n)))
(pp (protect (ffi/trampoline :none)))
(pp (type (ffi/trampoline)))
(pp (protect (ffi/native "/nonexistent.so")))
#> 42
#> 2
#> (false "buffer cannot reallocate foreign memory")
#> nil
#> nil
#> nil
#! test.janet:10:14: compile error: unknown symbol n
#exit 1

#### structs by value, libm, ffi/defbind
(def n (ffi/native))
(def memcpy (ffi/lookup n "memcpy"))
(def b1 @"aaaa")
(ffi/call memcpy (ffi/signature :default :ptr :ptr :ptr :size) b1 "bbbb" 4)
(pp b1)
(def abs (ffi/lookup n "abs"))
(pp (ffi/call abs (ffi/signature :default :int :int) -7))
(pp (protect (ffi/call abs (ffi/signature :default :int :int) 1e10)))
(def div (ffi/lookup n "div"))
(pp (ffi/call div (ffi/signature :default [:int :int] :int :int) 17 5))
(def sqrt (ffi/lookup (ffi/native "libm.so.6") "sqrt"))
(pp (ffi/call sqrt (ffi/signature :default :double :double) 2))
(pp (ffi/size :string))
(pp (ffi/align [:char :double]))
(pp (ffi/size [:char :double]))
(pp (ffi/read :ptr (ffi/write :ptr nil)))
(pp (ffi/read :string (ffi/write :ptr "hi")))
(ffi/context nil)
(ffi/defbind strlen :size [s :string])
(pp (strlen "four"))
(ffi/defbind-alias abs my-abs :int [x :int])
(pp (my-abs -3))
(pp (protect (eval '(ffi/defbind no_such_fn_xyz :int [x :int]))))
(pp (keys (dyn *ffi-context*)))
(pp (type (get (dyn *ffi-context*) :native)))
#> @"bbbb"
#> 7
#> (false "bad slot #2, expected 32 bit signed integer, got 10000000000")
#> (3 2)
#> 1.4142135623731
#> 8
#> 8
#> 16
#> nil
#> "hi"
#> <core/u64 4>
#> 3
#> (false "(macro) failed to find ffi symbol \"no_such_fn_xyz\"")
#> @[:map-symbols :native]
#> :core/ffi-native

#### the ffi suite's checks (sizes of packed structs, ffi/write growing a buffer)
(pp [(ffi/size [:int :char]) (ffi/size [:pack :int :char]) (ffi/size [:int :pack-all :char])])
(pp [(ffi/align [:int :char]) (ffi/align [:pack :int :char]) (ffi/align [:int :char :pack-all])])
(pp (ffi/size [:char :pack :int @[:char 21]]))
(def buf @"")
(ffi/write :u8 10 buf)
(ffi/write :u8 10 buf)
(pp buf)
(pp (ffi/calling-conventions))
(pp (type (ffi/struct :int :char)))
#> (8 5 5)
#> (4 1 1)
#> 26
#> @"\n\n"
#> @[:sysv64 :none]
#> :core/ffi-struct

#### ffi/jitfn runs machine code; ffi/pointer-cfunction makes a cfunction
(def f (ffi/jitfn "\xB8\x2A\x00\x00\x00\xC3"))
(pp (type f))
(pp (length f))
(pp (ffi/call f (ffi/signature :default :int)))
(pp (protect (ffi/jitfn 1)))
(def cf (ffi/pointer-cfunction (ffi/lookup (ffi/native) "strlen") "my-strlen"))
(pp (type cf))
(pp (protect (ffi/pointer-cfunction 1)))
(pp (protect (ffi/call (ffi/lookup (ffi/native) "abs") (ffi/signature :default :int :int) 1 2)))
#> :ffi/jitfn
#> 4096
#> 42
#> (false "bad slot #0, expected string, symbol, keyword or buffer, got 1")
#> :cfunction
#> (false "bad slot #0, expected pointer, got 1")
#> (false "arity mismatch, expected 1, got 2")
