; entry 0x0 loop_top 0x3c exits 5 spill slots 0
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
   3c  ldr x1, [x19, #0x28]
   40  asr x16, x1, #0x30
   44  cmn x16, #0x1
   48  b.ne $+0x138
   4c  and x0, x1, #0xffffffffffff
   50  ldr x1, [x0, #0x8]
   54  mov x2, #0x3450
   58  movk x2, #0x12, lsl #16
   5c  cmp x1, x2
   60  b.ne $+0x108
   64  ldr x2, [x0, #0x10]
   68  ldr x1, [x2, #0x18]
   6c  asr x16, x1, #0x30
   70  cmn x16, #0x7
   74  b.ne $+0xd4
   78  mov w0, w1
   7c  mov x3, #0x3
   80  smull x1, w0, w3
   84  sxtw x16, w1
   88  cmp x16, x1
   8c  b.ne $+0x94
   90  mov w1, w1
   94  cbnz w1, $+0x10
   98  orr w16, w0, w3
   9c  cmp w16, #0x0
   a0  b.lt $+0x80
   a4  cmp w1, #0x3
   a8  cset w0, gt
   ac  mov x17, #0xfff9000000000000
   b0  orr x17, x17, x1
   b4  str x17, [x2, #0x18]
   b8  cbnz w0, $+0x38
   bc  b $-0x80
   c0  add sp, sp, #0x400
   c4  ldp d14, d15, [sp], #0x10
   c8  ldp d12, d13, [sp], #0x10
   cc  ldp d10, d11, [sp], #0x10
   d0  ldp d8, d9, [sp], #0x10
   d4  ldp x27, x28, [sp], #0x10
   d8  ldp x25, x26, [sp], #0x10
   dc  ldp x23, x24, [sp], #0x10
   e0  ldp x21, x22, [sp], #0x10
   e4  ldp x19, x20, [sp], #0x10
   e8  ldp x29, x30, [sp], #0x10
   ec  ret
   f0  mov x17, #0xfff9000000000000
   f4  orr x17, x17, x1
   f8  str x17, [x19, #0x30]
   fc  mov x17, #0xfffa000000000000
  100  orr x17, x17, x0
  104  str x17, [x19, #0x38]
  108  ldr x17, $+0x8
  10c  br x17
  110  udf #0x0
  114  udf #0x0
  118  mov w0, #0x4
  11c  b $-0x5c
  120  mov x17, #0xfff9000000000000
  124  orr x17, x17, x0
  128  str x17, [x19, #0x30]
  12c  nop
  130  ldr x17, $+0x8
  134  br x17
  138  udf #0x0
  13c  udf #0x0
  140  mov w0, #0x3
  144  b $-0x84
  148  str x1, [x19, #0x30]
  14c  nop
  150  ldr x17, $+0x8
  154  br x17
  158  udf #0x0
  15c  udf #0x0
  160  mov w0, #0x2
  164  b $-0xa4
  168  ldr x17, $+0x8
  16c  br x17
  170  udf #0x0
  174  udf #0x0
  178  mov w0, #0x1
  17c  b $-0xbc
  180  ldr x17, $+0x8
  184  br x17
  188  udf #0x0
  18c  udf #0x0
  190  mov w0, #0x0
  194  b $-0xd4
