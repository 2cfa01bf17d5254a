"""The py/ namespace: Python modules and objects from Janet, and the embedder's
control over it (python=False, a module allow-list, the attribute filter, the
sandbox).

The expected output of tests/embed/data/stdlib.janet is computed here with the
same Python modules doing the same work, printed the way Janet prints values.
"""

import json
import os
import re
import sqlite3
import subprocess
import sys

import pytest

from pyjanet import Janet, JanetError, kw

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "data", "stdlib.janet")


def expected_stdlib_output():
    out = []
    text = json.dumps({"name": "janet", "tags": ["lisp", "small"], "version": 1.41},
                      sort_keys=True)
    out.append(text)
    back = json.loads(text)
    out.append("%s %d %s" % (back["name"], len(back["tags"]), back["tags"][1]))
    m = re.match(r"(\w+)@(\w+)\.org", "user@example.org")
    out.append("%s at %s" % (m.group(1), m.group(2)))
    out.append(",".join(re.findall(r"\d+", "a1 b22 c333")))
    out.append(re.sub(r"\s+", " ", "too    many   spaces"))
    out.append("true")          # (nil? (:match ...)) of a failed match
    out += ["notes.txt .txt true", "> first line", "> second line", '@["notes.txt"]', "false"]
    db = sqlite3.connect(":memory:")
    db.execute("create table langs (name text, year integer)")
    db.executemany("insert into langs values (?, ?)",
                   [("janet", 2017), ("lua", 1993), ("python", 1991)])
    for name, year in db.execute("select name, year from langs where year < ? order by year",
                                 (2000,)):
        out.append("%s %d" % (name, year))
    out.append("rows: %d" % db.execute("select count(*) from langs").fetchone()[0])
    return "\n".join(out) + "\n"


def test_stdlib_script_from_the_command_line(tmp_path):
    p = subprocess.run([sys.executable, "-m", "pyjanet", SCRIPT], capture_output=True,
                       cwd=tmp_path, timeout=120)
    assert (p.stdout.decode(), p.stderr.decode(), p.returncode) == \
        (expected_stdlib_output(), "", 0)


def test_stdlib_script_embedded(tmp_path):
    code = "from pyjanet import Janet\nJanet().run_file(%r)\n" % SCRIPT
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=tmp_path,
                       timeout=120)
    assert (p.stdout.decode(), p.stderr.decode(), p.returncode) == \
        (expected_stdlib_output(), "", 0)


def test_python_objects_print_with_their_type(j):
    assert j.eval('(string (py/import "json"))') == "<python module json>"
    assert j.eval('(string/format "%q" (get (py/import "json") :dumps))') == \
        "<python function dumps>"
    assert j.eval('(describe (:Fraction (py/import "fractions") 1 3))') == \
        "<python Fraction Fraction(1, 3)>"
    assert j.eval('(type (py/import "json"))') == kw("python")


def test_get_in_indexing_and_calls(j):
    j.eval('(def collections (py/import "collections"))')
    j.eval('(def c (:Counter collections "abracadabra"))')
    assert j.eval("(get c \"a\")") == 5.0              # a string key indexes c["a"]
    assert j.eval("(in c \"b\")") == 2.0
    assert j.eval("(get c \"z\")") == 0.0               # Counter's own default
    assert j.eval("(length c)") == 5.0
    assert j.eval("(get (:most_common c 1) 0)") == ("a", 5.0)
    assert j.eval("(py/call (py/get c :most_common) 2)") == [("a", 5.0), ("b", 2.0)]
    assert j.eval("(get c :nothing-here)") is None      # a missing attribute is nil
    j.eval('(def ns (:SimpleNamespace (py/import "types") (py/kw :x 1)))')
    assert j.eval("(py/get ns :x)") == 1.0
    j.eval("(py/set ns :y @[1 2])")
    assert j.eval("(ns :y)") == [1.0, 2.0]
    j.eval("(put ns :z \"zed\")")
    assert j.eval("(ns :z)") == "zed"


def test_each_and_map_over_python_iterables(j):
    j.eval('(def it (py/import "itertools"))')
    assert j.eval("(map inc (:islice it (:count it) 3))") == [1.0, 2.0, 3.0]
    assert j.eval('(do (def acc @[]) (each c (:chain it "ab" "c") (array/push acc c)) acc)') \
        == ["a", "b", "c"]
    assert j.eval('(py/list (:repeat it "x" 2))') == ["x", "x"]
    assert j.eval('(keys (:OrderedDict (py/import "collections") [["k" 1] ["j" 2]]))') == \
        ["k", "j"]


def test_keyword_arguments_and_janet_functions_as_python_callables(j):
    assert j.eval('(:dumps (py/import "json") [1 2] (py/kw :separators [";" "="]))') == "[1;2]"
    assert j.eval('(py/call (get (py/import "builtins") :sorted) ["bb" "a" "ccc"] '
                  '(py/kw :key length :reverse true))') == ["ccc", "bb", "a"]
    assert j.eval('(:sub (py/import "re") "[0-9]" (fn [m] (string "<" (:group m) ">")) '
                  '"a1b2")') == "a<1>b<2>"


def test_python_exceptions_from_py_calls_are_janet_errors(j):
    assert j.eval('(try (:loads (py/import "json") "{") ([e] e))') == (
        "JSONDecodeError: Expecting property name enclosed in double quotes: "
        "line 1 column 2 (char 1)")
    assert j.eval('(try (py/import "no_such_module_here") ([e] e))') == \
        "ModuleNotFoundError: No module named 'no_such_module_here'"


def test_py_use_binds_a_module_like_import():
    j = Janet(python_modules=["json", "os"])
    j.eval('(py/use "json") (py/use "os.path" "osp")')
    assert j.eval("(json/dumps {:a [1]})") == '{"a": [1]}'
    assert j.eval('(osp/basename "/a/b.txt")') == "b.txt"
    assert j.eval("(string (type json/JSONDecodeError))") == "python"
    env = j.eval("(curenv)")
    assert "json/__doc__" not in {str(k) for k in env}        # dunders are not bound
    assert "json/_default_decoder" not in {str(k) for k in env}  # nor private names
    with pytest.raises(JanetError) as e:
        j.eval('(py/use "subprocess")')
    assert str(e.value) == "python module subprocess is not allowed"


def test_dunder_attributes_are_filtered_by_default(j):
    j.eval('(def json (py/import "json"))')
    for form in ["(get json :__dict__)", "(py/get json :__loader__)",
                 "(:__subclasses__ (py/import \"builtins\"))", "(py/set json :__x__ 1)"]:
        with pytest.raises(JanetError) as e:
            j.eval(form)
        assert str(e.value).startswith("python attribute __") and \
            str(e.value).endswith("__ is not accessible")
    with pytest.raises(JanetError) as e:
        j.eval("(get (get json :dumps) :f_globals)")
    assert str(e.value) == "python attribute f_globals is not accessible"
    assert "__dict__" not in j.eval("(py/dir json)")


def test_python_can_be_switched_off():
    j = Janet(python=False)
    with pytest.raises(JanetError) as e:
        j.eval('(py/import "json")')
    assert str(e.value) == "python access is disabled"
    # callbacks the embedder defines still work
    j.define("add", lambda a, b: a + b)
    assert j.eval("(add 1 2)") == 3.0


def test_module_allow_list():
    j = Janet(python_modules=["json", "pathlib"])
    assert j.eval('(:dumps (py/import "json") 1)') == "1"
    assert j.eval('(string (py/import "json.decoder"))') == "<python module json.decoder>"
    k = Janet(python_modules=["os"])
    # os.path is posixpath: reached by its import name it is allowed with "os"
    assert k.eval('(:basename (get (py/import "os") :path) "/x/y")') == "y"
    assert k.eval('(string (py/import "os.path"))') == "<python module posixpath>"
    for form, name in [('(py/import "os")', "os"),
                       ('(get (py/import "pathlib") :os)', "os"),
                       ('(py/import "subprocess")', "subprocess")]:
        with pytest.raises(JanetError) as e:
            j.eval(form)
        assert str(e.value) == "python module %s is not allowed" % name


def test_custom_attribute_filter():
    j = Janet(attribute_filter=lambda obj, name, setting: not name.startswith("_")
              and not setting)
    assert j.eval('(:dumps (py/import "json") 2)') == "2"
    with pytest.raises(JanetError) as e:
        j.eval('(get (py/import "json") :_default_encoder)')
    assert str(e.value) == "python attribute _default_encoder is not accessible"
    with pytest.raises(JanetError):
        j.eval('(py/set (py/import "json") :x 1)')


PY_ENTRY_POINTS = [
    '(py/import "json")', '(py/use "json")', "(py/get obj :real)", "(py/set obj :x 1)", "(py/call obj)",
    "(py/kw :a 1)", "(py/str obj)", "(py/repr obj)", "(py/type obj)", "(py/object? obj)",
    "(py/list obj)", "(py/dir obj)", "(py/fn inc)", "(get obj :real)", "(obj :real)",
    "(put obj :x 1)", "(length obj)", "(next obj)", "(:bit_length obj)",
]


@pytest.mark.parametrize("form", PY_ENTRY_POINTS)
def test_every_entry_point_asks_the_sandbox(form):
    j = Janet()
    j.eval('(def obj (:Fraction (py/import "fractions") 1 2))')
    j.eval("(sandbox :python)")         # from now on, for this session only
    with pytest.raises(JanetError) as e:
        j.eval(form)
    assert str(e.value) == "operation forbidden by sandbox"


def test_small_helpers(j):
    j.eval('(def d (:defaultdict (py/import "collections") (get (py/import "builtins") :list)))')
    j.eval('(put d "k" @[1])')
    assert j.eval('(get d "k")') == [1.0]
    assert j.eval("(py/repr (:Fraction (py/import \"fractions\") 3 4))") == "Fraction(3, 4)"
    assert j.eval("(py/str (:Fraction (py/import \"fractions\") 3 4))") == "3/4"
    assert j.eval('[(py/type "s") (py/type 1.5) (py/type @[1]) (py/type {:a 1})]') == \
        ("str", "float", "list", "dict")
    assert j.eval('[(py/object? (py/import "json")) (py/object? @[])]') == (True, False)
    f = j.eval("(py/fn (fn [x] (* x 3)))")
    assert f(2) == 6
    assert j.eval('(string/format "%q" (py/fn inc))').startswith("<python JanetFunction ")
    with pytest.raises(JanetError) as e:
        j.eval("(py/call 1)")
    assert str(e.value) == "expected python object, got 1"
