"""The 13 special forms, one function each, in one name -> function table.

Corresponds to the reference's src/core/specials.c.  Each function takes the
compiler, the whole form, the lexical scope and whether the form is in tail
position, and returns an IR node (see compiler.py).  Error messages are the
reference's.
"""

import itertools

from .printer import format_message
from .values import (Symbol, Keyword, Array, Tuple, Struct, Table, FuncDef, sym, kw,
                     table_key, from_key, mk_tuple, truthy)
from .compiler import (scope_layout, SPECIALS, Const, Local, CellRef, Do, If, While, BreakNode, FnNode,
                       SetLocal, SetCell, SetEntry, PutNode, MakeData, StoreTemp, Extract,
                       Seq, FnScope, Scope, LocalBinding, KW_VALUE, KW_REF, KW_DOC,
                       KW_SOURCE_MAP, KW_MACRO, KW_REDEF, LazyBodies, LazyFnNode,
                       Spliced, SPLICING_SPECIALS, COMMIT_UNKNOWN)
from . import runtime as rt
from .hashing import dict_order

KW_SHADOW = kw("shadow")
KW_UNUSED = kw("unused")
S_AMP = sym("&")
S_OPT = sym("&opt")
S_KEYS = sym("&keys")
S_NAMED = sym("&named")
S_UNQUOTE = sym("unquote")
S_QUASIQUOTE = sym("quasiquote")


def special(name):
    def deco(f):
        SPECIALS[sym(name)] = f
        return f
    return deco


def _describe(x):
    from .printer import describe
    return describe(x).decode("utf-8", "replace")


def _pretty(x):
    from .printer import format_message
    return format_message("%q", x).decode("utf-8", "replace")


# --------------------------------------------------------------------------
# def / var and destructuring

def handle_attrs(c, kind, argv):
    """Metadata between the name and the value: keywords, a docstring, structs."""
    if len(argv) < 2:
        c.error("expected at least 2 arguments to %s" % kind)
    tab = Table()
    name = argv[0].name if argv[0].__class__ is Symbol else "<multiple bindings>"
    for attr in argv[1:-1]:
        cl = attr.__class__
        if cl is Keyword:
            tab[attr] = True
        elif cl is bytes:
            tab[KW_DOC] = attr
        elif cl is Struct:
            for k, v in attr.items():
                tab[k] = v
        elif isinstance(attr, tuple):
            c.error("unexpected form - did you intend to use defn?")
        else:
            c.error("cannot add metadata %s to binding %s" % (_describe(attr), name))
    return tab


def destructure(c, pattern, val, scope, leaf, attrs):
    """Bind `pattern` to the value of node `val`; returns a node yielding that value."""
    cl = pattern.__class__
    if cl is Symbol:
        return leaf(c, pattern, val, scope, attrs)
    if cl is Array or isinstance(pattern, tuple) or cl is Struct or cl is Table:
        fs = scope.fn
        t = fs.alloc()
        src = Local(0, t)
        site = c.site(scope)
        stmts = [StoreTemp(t, val)]
        c.committed(scope, site)        # (its gets record the pc)
        if cl is Struct or cl is Table:
            for k, sub in dict_order(pattern):     # (the reference walks its buckets)
                knode = c.analyse(k, scope)
                stmts.append(destructure(c, sub, Extract(src, "key", knode, site), scope, leaf, attrs))
            return Seq(stmts, src)
        items = list(pattern)
        n = len(items)
        i = 0
        while i < n:
            sub = items[i]
            if sub is S_AMP:
                if i + 1 >= n:
                    c.error("expected symbol following '& in destructuring pattern")
                if i + 2 < n:
                    extra = mk_tuple(items[i + 1:], brackets=True)
                    c.error("expected a single symbol follow '& in destructuring pattern, found %s"
                            % _pretty(extra))
                if items[i + 1].__class__ is not Symbol:
                    c.error("expected symbol following '& in destructuring pattern, found %s"
                            % _pretty(items[i + 1]))
                stmts.append(leaf(c, items[i + 1], Extract(src, "rest", i, site), scope, attrs))
                break
            how = "index" if i < 0x100 else "key"
            key = i if how == "index" else Const(float(i))
            stmts.append(destructure(c, sub, Extract(src, how, key, site), scope, leaf, attrs))
            i += 1
        return Seq(stmts, src)
    c.error("unexpected type in destructuring, got %s" % _describe(pattern))


def _source_map(c):
    return (c.source.encode("utf-8", "surrogateescape"), float(c.line), float(c.column))


def _unused_ok(attrs):
    return attrs is not None and truthy(attrs.get(KW_UNUSED))


def _no_shadow_check(attrs):
    return attrs is not None and (attrs.get(KW_SHADOW) is True or attrs.get(KW_REDEF) is True)


def def_leaf(c, s, val, scope, attrs):
    fs = scope.fn
    if not _no_shadow_check(attrs):
        c.check_shadow(s, scope)
    if scope.top:
        entry = Table(attrs)
        entry[KW_SOURCE_MAP] = _source_map(c)
        redef = truthy(rt.get(c.env, KW_REDEF))
        slot = fs.alloc()
        if redef:
            entry[KW_REDEF] = True
            old = c.lookup_global(s)
            ref = rt.get(old, KW_REF) if isinstance(old, (Table, Struct)) and truthy(rt.get(old, KW_REDEF)) else None
            if ref is None:
                ref = Array([None])
            entry[KW_REF] = ref
            node = SetCell(ref, val)
            scope.declare(s, LocalBinding(fs, slot))
            c.env[s] = entry
            return Seq([StoreTemp(slot, node)], Local(0, slot))
        node = SetEntry(entry, slot, val)
        scope.declare(s, LocalBinding(fs, slot))
        c.env[s] = entry
        return node
    slot = fs.alloc()
    scope.declare(s, LocalBinding(fs, slot), _unused_ok(attrs))
    return SetLocal(0, slot, val)


def var_leaf(c, s, val, scope, attrs):
    fs = scope.fn
    # a top-level var names no local slot, so the reference checks no
    # shadowing for it (varleaf; a top-level def does check)
    if not scope.top and not _no_shadow_check(attrs):
        c.check_shadow(s, scope)
    if scope.top:
        entry = Table(attrs)
        old = c.lookup_global(s) if truthy(rt.get(c.env, KW_REDEF)) else None
        ref = rt.get(old, KW_REF) if isinstance(old, (Table, Struct)) else None
        if ref is None or ref.__class__ is not Array:
            ref = Array([None])
        entry[KW_REF] = ref
        entry[KW_SOURCE_MAP] = _source_map(c)
        c.env[s] = entry
        # a top-level var shadows a local of the same name in this form
        scope.names.pop(s, None)
        return SetCell(ref, val)
    slot = fs.alloc()
    scope.declare(s, LocalBinding(fs, slot, mutable=True), _unused_ok(attrs))
    return SetLocal(0, slot, val)


def _check_metadata(c, scope, attrs):
    if not scope.top and attrs and truthy(attrs.get(KW_MACRO)):
        c.lint("normal", "macro tag is ignored in inner scopes")


@special("def")
def sp_def(c, form, scope, tail):
    argv = form[1:]
    attrs = handle_attrs(c, "def", argv)
    _check_metadata(c, scope, attrs)
    val = c.analyse(argv[-1], scope)
    return destructure(c, argv[0], val, scope, def_leaf, attrs)


@special("var")
def sp_var(c, form, scope, tail):
    argv = form[1:]
    attrs = handle_attrs(c, "var", argv)
    _check_metadata(c, scope, attrs)
    val = c.analyse(argv[-1], scope)
    node = destructure(c, argv[0], val, scope, var_leaf, attrs)
    c.emitted(scope)            # (a var is a slot of its own, loaded here)
    return node


# --------------------------------------------------------------------------
# fn

def _mark_closure(scope):
    sc = scope
    while sc is not None:
        sc.closure = True
        if sc.kind == "function":
            break
        sc = sc.parent


@special("fn")
def sp_fn(c, form, scope, tail):
    argv = form[1:]
    _mark_closure(scope)
    if not argv:
        c.error("expected at least 1 argument to function literal")
    parami = 0
    head = argv[0]
    name = None
    selfref = False
    if head.__class__ is Symbol:
        name = head.name
        selfref = True
        parami = 1
    elif head.__class__ is Keyword:
        name = head.name
        parami = 1
    if parami >= len(argv) or not isinstance(argv[parami], tuple):
        c.error("expected function parameters")
    params = argv[parami]

    fs = FnScope(scope.fn, name if name is not None else "<anonymous>")
    fscope = Scope(scope, fs, kind="function")
    if c.debug is not None and c.debug.fs is None:
        c.debug.fs = fs         # the function being compiled with debug points

    # Read the parameter list: flags and the parameters that take slots, in order.
    plist = []            # parameters that occupy a positional slot
    vararg = allow_extra = structarg = namedargs = seenamp = seenopt = False
    min_arity = None
    named = []
    rest_param = None
    n = len(params)
    i = 0
    while i < n:
        p = params[i]
        if namedargs:
            if p.__class__ is not Symbol:
                c.error("only named arguments can follow &named")
            named.append(p)
        elif p.__class__ is Symbol and p.name.startswith("&"):
            if p is S_AMP:
                if seenamp:
                    c.error("& in unexpected location")
                elif i == n - 1:
                    allow_extra = True
                elif i == n - 2:
                    vararg = True
                    rest_param = params[i + 1]
                    i += 1
                else:
                    c.error("& in unexpected location")
                seenamp = True
            elif p is S_OPT:
                if seenopt:
                    c.error("only one &opt allowed")
                elif i == n - 1:
                    c.error("&opt cannot be last item in parameter list")
                min_arity = len(plist)
                seenopt = True
            elif p is S_KEYS:
                if seenamp:
                    c.error("&keys in unexpected location")
                elif i == n - 2:
                    vararg = True
                    structarg = True
                    rest_param = params[i + 1]
                    i += 1
                else:
                    c.error("&keys in unexpected location")
                seenamp = True
            elif p is S_NAMED:
                if seenamp:
                    c.error("&named in unexpected location")
                vararg = True
                structarg = True
                namedargs = True
                seenamp = True
            else:
                plist.append(p)
        else:
            plist.append(p)
        i += 1

    arity = len(plist)
    if min_arity is None:
        min_arity = arity
    max_arity = -1 if (vararg or allow_extra) else arity

    # The self binding, unless a parameter has the same name.
    if selfref and not any(p is head for p in plist) and rest_param is not head:
        fs.self_slot = fs.alloc()
        fscope.declare(head, LocalBinding(fs, fs.self_slot, is_self=True))

    prologue = []
    patterns = []
    for p in plist:
        slot = fs.alloc()
        if p.__class__ is Symbol:
            c.check_shadow(p, fscope)
            fscope.declare(p, LocalBinding(fs, slot))
        else:
            patterns.append((p, slot))
    rest_kind = None
    if vararg and not structarg:
        rest_kind = "tuple"
        slot = fs.alloc()
        if rest_param.__class__ is Symbol:
            c.check_shadow(rest_param, fscope)     # (named like any parameter)
            fscope.declare(rest_param, LocalBinding(fs, slot))
        else:
            patterns.append((rest_param, slot))
    elif structarg:
        rest_kind = "keys"
        slot = fs.alloc()
        if namedargs:
            pat = Table()
            for s in named:
                pat[kw(s.name)] = s
            patterns.append((pat, slot))
        elif rest_param.__class__ is Symbol:
            c.check_shadow(rest_param, fscope)
            fscope.declare(rest_param, LocalBinding(fs, slot))
        else:
            patterns.append((rest_param, slot))
    elif allow_extra:
        rest_kind = "ignore"

    fdef = FuncDef(name, min_arity, max_arity, arity, c.source, c.line, c.column)
    fdef.vararg = vararg
    fdef.structarg = structarg
    fdef.namedarg = namedargs
    fdef.named_keys = tuple(kw(s.name) for s in named)
    fs.fdef = fdef
    if not LazyBodies.active:
        fdef.form = form        # rebuildable from these (lib/marsh.py)
        fdef.env = c.env
        fdef.layout = scope_layout(scope)

    body_forms = argv[parami + 1:]

    def finish(c):
        for pat, slot in patterns:
            prologue.append(destructure(c, pat, Local(0, slot), fscope, def_leaf, None))
        body = c.analyse_body(list(body_forms), fscope, True)
        c.lint_unused(fscope)
        fdef.serial = next(_SERIALS)
        if prologue:
            body = Do(prologue + [body])
        return FnNode(fdef, fs, body, min_arity, arity - min_arity, rest_kind, None)

    if LazyBodies.active and _sees_no_locals(scope):
        return LazyFnNode(fdef, finish, min_arity, arity - min_arity, rest_kind, c.env)
    return finish(c)


_SERIALS = itertools.count(1)


def _sees_no_locals(scope):
    """No local binding is in scope (so a function here captures nothing)."""
    while scope is not None:
        if scope.names:
            return False
        scope = scope.parent
    return True


# --------------------------------------------------------------------------
# Control flow

@special("if")
def sp_if(c, form, scope, tail):
    argv = form[1:]
    if len(argv) < 2 or len(argv) > 3:
        c.error("expected 2 or 3 arguments to if")
    condscope = Scope(scope, scope.fn)
    cond = c.analyse(argv[0], condscope)
    if not cond.is_const:
        c.emitted(scope)        # (its jump, when the condition emitted nothing)
    if cond.is_const:
        # only one branch can run; the other is still checked, and linted as dead
        live, dead = (1, 2) if truthy(cond.value) else (2, 1)
        node = _branch(c, argv, live, condscope, tail)
        if dead < len(argv) and argv[dead] is not None:
            before = scope.fn.commit
            _branch(c, argv, dead, condscope, tail, True)
            scope.fn.commit = before    # (the reference throws its code away)
            c.lint("strict", format_message("dead code, consider removing %.4q",
                                            argv[dead]).decode("utf-8", "surrogateescape"))
        c.lint_unused(condscope)
        if node.__class__ is Const and not tail:
            node.branch = True
        return node
    fs = scope.fn
    before = fs.commit
    t = _branch(c, argv, 1, condscope, tail)
    after_t = fs.commit
    fs.commit = before
    e = _branch(c, argv, 2, condscope, tail)
    if fs.commit is not after_t:
        fs.commit = COMMIT_UNKNOWN      # which branch ran is known only at run time
    c.lint_unused(condscope)
    return If(cond, t, e)


def _branch(c, argv, i, condscope, tail, dead=False):
    if i >= len(argv):
        return Const(None)
    bscope = Scope(condscope, condscope.fn, dead=dead)
    node = c.analyse(argv[i], bscope, tail)
    c.lint_unused(bscope)
    return node


@special("do")
def sp_do(c, form, scope, tail):
    dscope = Scope(scope, scope.fn)
    node = c.analyse_body(list(form[1:]), dscope, tail)
    c.lint_unused(dscope)
    return node


@special("upscope")
def sp_upscope(c, form, scope, tail):
    return c.analyse_body(list(form[1:]), scope, tail)


@special("while")
def sp_while(c, form, scope, tail):
    argv = form[1:]
    if not argv:
        c.error("expected at least 1 argument to while")
    wscope = Scope(scope, scope.fn, kind="while")
    wscope.brk = False
    nlints = len(c.lints) if c.lints is not None else 0
    fs0 = scope.fn
    before = fs0.commit
    cond = c.analyse(argv[0], wscope)
    if cond.is_const and not truthy(cond.value):
        return Const(None)
    after_cond = fs0.commit
    c.emitted(scope)
    body = c.analyse_body(list(argv[1:]), wscope, False)
    if fs0.commit is not after_cond and (after_cond is before or wscope.brk):
        # the loop may end after its condition or after its body
        fs0.commit = COMMIT_UNKNOWN
    else:
        fs0.commit = after_cond
    if not wscope.closure:
        c.lint_unused(wscope)
        return While(cond, body, wscope.brk, fs=scope.fn)
    # A closure is made inside the loop: like the reference, give every iteration
    # its own frame so each closure sees that iteration's bindings.  The loop is
    # analysed again for that; its lints are the second analysis's.
    if c.lints is not None:
        del c.lints[nlints:]
    _mark_closure(scope)
    site = c.site(scope)
    fs = FnScope(scope.fn, "while", is_loop=True)
    fs.site = site
    lscope = Scope(scope, fs, kind="function")
    cond = c.analyse(argv[0], lscope)
    body = c.analyse_body(list(argv[1:]), lscope, False)
    c.lint_unused(lscope)
    fs0.commit = site       # the loop is a function of its own, called here
    return While(cond, body, True, subframe=fs.nslots, site=site)


@special("break")
def sp_break(c, form, scope, tail):
    argv = form[1:]
    if len(argv) > 1:
        c.error("expected at most 1 argument")
    sc = scope
    while sc is not None and sc.kind not in ("function", "while"):
        sc = sc.parent
    if sc is None:
        c.error("break must occur in while loop or closure")
    val = c.analyse(argv[0], scope) if argv else None
    if sc.kind == "while":
        sc.brk = True
        return BreakNode(val, False)
    fs = sc.fn
    if fs.is_loop:
        return BreakNode(val, False)
    fs.has_break = True
    return BreakNode(val if val is not None else Const(None), True)


# --------------------------------------------------------------------------
# set

@special("set")
def sp_set(c, form, scope, tail):
    argv = form[1:]
    if len(argv) != 2:
        c.error("expected 2 arguments to set")
    target = argv[0]
    if target.__class__ is Symbol:
        b, _ = c.local_lookup(target, scope)
        if b is not None:
            if not b.mutable:
                c.error("cannot set constant")
            ref = c.resolve(target, scope)
            val = c.analyse(argv[1], scope)
            return SetLocal(ref.depth, ref.slot, val)
        ref = c.resolve(target, scope)
        if not isinstance(ref, CellRef):
            c.error("cannot set constant")
        val = c.analyse(argv[1], scope)
        return SetCell(ref.cell, val)
    if isinstance(target, tuple):
        if len(target) != 2:
            c.error("expected 2 element tuple for l-value to set")
        ds = c.analyse(target[0], scope)
        key = c.analyse(target[1], scope)
        val = c.analyse(argv[1], scope)
        return PutNode(ds, key, val, c.site(scope))
    c.error("expected symbol or tuple for l-value to set")


# --------------------------------------------------------------------------
# quote, quasiquote, unquote, splice

@special("quote")
def sp_quote(c, form, scope, tail):
    if len(form) != 2:
        c.error("expected 1 argument to quote")
    return Const(form[1])


def _qq_splice_site(c, scope, items):
    return c.splice_site(scope) if any(sp for _, sp in items) else None


def _qq(c, x, scope, depth, level):
    """Quasiquote x: returns (node, spliced)."""
    if depth == 0:
        c.error("quasiquote too deeply nested")
    cl = x.__class__
    if isinstance(x, tuple):
        if len(x) > 1 and x[0].__class__ is Symbol:
            if x[0] is S_UNQUOTE:
                if level == 0:
                    return c.analyse_arg(x[1], scope)
                level -= 1
            elif x[0] is S_QUASIQUOTE:
                level += 1
        items = [_qq(c, e, scope, depth - 1, level) for e in x]
        kind = "btuple" if getattr(x, "brackets", False) else "tuple"
        return MakeData(kind, items, c.site(scope), _qq_splice_site(c, scope, items)), False
    if cl is Array:
        items = [_qq(c, e, scope, depth - 1, level) for e in x]
        return MakeData("array", items, c.site(scope), _qq_splice_site(c, scope, items)), False
    if cl is Struct or cl is Table:
        items = []
        for k, v in dict_order(x):     # in the reference's bucket order
            kn, _ = _qq(c, k, scope, depth - 1, level)
            vn, _ = _qq(c, v, scope, depth - 1, level)
            items.append((kn, False))
            items.append((vn, False))
        return MakeData("struct" if cl is Struct else "table", items, c.site(scope)), False
    return Const(x), False


@special("quasiquote")
def sp_quasiquote(c, form, scope, tail):
    accept = c.accept_splice
    c.accept_splice = False
    if len(form) != 2:
        c.error("expected 1 argument to quasiquote")
    node, spliced = _qq(c, form[1], scope, 1024, 0)
    # `~,;x` where a splice is accepted splices x, as `;x` does
    return Spliced(node) if spliced and accept else node


@special("unquote")
def sp_unquote(c, form, scope, tail):
    c.error("cannot use unquote here")


@special("splice")
def sp_splice(c, form, scope, tail):
    if not c.accept_splice:
        c.error("splice can only be used in function parameters and data constructors, it has no effect here")
    c.accept_splice = False
    if len(form) != 2:
        c.error("expected 1 argument to splice")
    # a splice of a splice is one splice
    node, _ = c.analyse_arg(form[1], scope)
    return Spliced(node)


SPLICING_SPECIALS.update((sp_splice, sp_quasiquote))
