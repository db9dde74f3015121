; entry 0x0 loop_top 0x38 exits 4 spill slots 1
    0  stp x29, x30, [sp, #-0x10]!
    4  mov x29, sp
    8  stp x19, x20, [sp, #-0x10]!
    c  stp x21, x22, [sp, #-0x10]!
   10  stp x23, x24, [sp, #-0x10]!
   14  stp x25, x26, [sp, #-0x10]!
   18  stp x27, x28, [sp, #-0x10]!
   1c  stp d8, d9, [sp, #-0x10]!
   20  stp d10, d11, [sp, #-0x10]!
   24  stp d12, d13, [sp, #-0x10]!
   28  stp d14, d15, [sp, #-0x10]!
   2c  sub sp, sp, #0x400
   30  mov x20, x0
   34  ldr x19, [x20]
   38  ldr d1, [x19, #0x10]
   3c  ldr w1, [x19, #0x20]
   40  scvtf d2, w1
   44  fadd d0, d1, d2
   48  adds w0, w1, #0x1
   4c  b.vs $+0xe4
   50  ldr w1, [x19, #0x18]
   54  str x1, [sp]
   58  cmp w0, w1
   5c  b.ge $+0xac
   60  ldr x2, [sp]
   64  scvtf d2, w0
   68  fadd d1, d0, d2
   6c  adds w1, w0, #0x1
   70  b.vs $+0x70
   74  cmp w1, w2
   78  b.ge $+0x40
   7c  fmov d0, d1
   80  mov x0, x1
   84  b $-0x24
   88  add sp, sp, #0x400
   8c  ldp d14, d15, [sp], #0x10
   90  ldp d12, d13, [sp], #0x10
   94  ldp d10, d11, [sp], #0x10
   98  ldp d8, d9, [sp], #0x10
   9c  ldp x27, x28, [sp], #0x10
   a0  ldp x25, x26, [sp], #0x10
   a4  ldp x23, x24, [sp], #0x10
   a8  ldp x21, x22, [sp], #0x10
   ac  ldp x19, x20, [sp], #0x10
   b0  ldp x29, x30, [sp], #0x10
   b4  ret
   b8  str d1, [x19, #0x10]
   bc  mov x17, #0xfff9000000000000
   c0  orr x17, x17, x1
   c4  str x17, [x19, #0x20]
   c8  ldr x17, $+0x8
   cc  br x17
   d0  udf #0x0
   d4  udf #0x0
   d8  mov w0, #0x3
   dc  b $-0x54
   e0  str d1, [x19, #0x10]
   e4  mov x17, #0xfff9000000000000
   e8  orr x17, x17, x0
   ec  str x17, [x19, #0x20]
   f0  ldr x17, $+0x8
   f4  br x17
   f8  udf #0x0
   fc  udf #0x0
  100  mov w0, #0x2
  104  b $-0x7c
  108  str d0, [x19, #0x10]
  10c  mov x17, #0xfff9000000000000
  110  orr x17, x17, x0
  114  str x17, [x19, #0x20]
  118  ldr x17, $+0x8
  11c  br x17
  120  udf #0x0
  124  udf #0x0
  128  mov w0, #0x1
  12c  b $-0xa4
  130  str d0, [x19, #0x10]
  134  nop
  138  ldr x17, $+0x8
  13c  br x17
  140  udf #0x0
  144  udf #0x0
  148  mov w0, #0x0
  14c  b $-0xc4
