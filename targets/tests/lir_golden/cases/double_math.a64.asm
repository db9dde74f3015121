; entry 0x0 loop_top 0x3c exits 2 spill slots 1
    0  nop
    4  stp x29, x30, [sp, #-0x10]!
    8  mov x29, sp
    c  stp x19, x20, [sp, #-0x10]!
   10  stp x21, x22, [sp, #-0x10]!
   14  stp x23, x24, [sp, #-0x10]!
   18  stp x25, x26, [sp, #-0x10]!
   1c  stp x27, x28, [sp, #-0x10]!
   20  stp d8, d9, [sp, #-0x10]!
   24  stp d10, d11, [sp, #-0x10]!
   28  stp d12, d13, [sp, #-0x10]!
   2c  stp d14, d15, [sp, #-0x10]!
   30  sub sp, sp, #0x400
   34  mov x20, x0
   38  ldr x19, [x20]
   3c  ldr x0, [x19, #0x8]
   40  mov x16, #0xfff8000000000000
   44  cmp x0, x16
   48  b.hi $+0xa0
   4c  fmov d1, x0
   50  str d1, [sp]
   54  mov x16, #0x43d0000000000000
   58  fmov d2, x16
   5c  fmul d0, d1, d2
   60  mov x16, #0x200
   64  movk x16, #0x7100, lsl #16
   68  blr x16
   6c  fmov d0, d0
   70  ldr d2, [sp]
   74  fadd d1, d0, d2
   78  fsqrt d0, d1
   7c  str d0, [x19, #0x8]
   80  mov x16, #0x164000000000
   84  movk x16, #0x43d0, lsl #48
   88  fmov d1, x16
   8c  fcmp d0, d1
   90  b.pl $+0x38
   94  b $-0x58
   98  add sp, sp, #0x400
   9c  ldp d14, d15, [sp], #0x10
   a0  ldp d12, d13, [sp], #0x10
   a4  ldp d10, d11, [sp], #0x10
   a8  ldp d8, d9, [sp], #0x10
   ac  ldp x27, x28, [sp], #0x10
   b0  ldp x25, x26, [sp], #0x10
   b4  ldp x23, x24, [sp], #0x10
   b8  ldp x21, x22, [sp], #0x10
   bc  ldp x19, x20, [sp], #0x10
   c0  ldp x29, x30, [sp], #0x10
   c4  ret
   c8  str d0, [x19, #0x8]
   cc  nop
   d0  ldr x17, $+0x8
   d4  br x17
   d8  udf #0x0
   dc  udf #0x0
   e0  mov w0, #0x1
   e4  b $-0x4c
   e8  ldr x17, $+0x8
   ec  br x17
   f0  udf #0x0
   f4  udf #0x0
   f8  mov w0, #0x0
   fc  b $-0x64
