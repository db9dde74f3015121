; entry 0x0 loop_top 0x3c exits 3 spill slots 0
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
   3c  ldr x1, [x19, #0x10]
   40  asr x16, x1, #0x30
   44  cmn x16, #0x7
   48  b.ne $+0xc0
   4c  mov w0, w1
   50  scvtf d1, w0
   54  mov x16, #0xf00000000000
   58  movk x16, #0x43cf, lsl #48
   5c  fmov d2, x16
   60  fmul d0, d1, d2
   64  fcvtzs w0, d0
   68  scvtf d31, w0
   6c  fcmp d31, d0
   70  b.ne $+0x78
   74  cbnz w0, $+0x10
   78  fmov x16, d0
   7c  cmp x16, #0x0
   80  b.lt $+0x68
   84  b $+0x34
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
   b8  mov x17, #0xfff9000000000000
   bc  orr x17, x17, x0
   c0  str x17, [x19, #0x18]
   c4  mov x17, #0xfffb000000000000
   c8  str x17, [x19, #0x20]
   cc  str d0, [x19, #0x28]
   d0  ldr x17, $+0x8
   d4  br x17
   d8  udf #0x0
   dc  udf #0x0
   e0  mov w0, #0x2
   e4  b $-0x5c
   e8  str d0, [x19, #0x18]
   ec  nop
   f0  ldr x17, $+0x8
   f4  br x17
   f8  udf #0x0
   fc  udf #0x0
  100  mov w0, #0x1
  104  b $-0x7c
  108  ldr x17, $+0x8
  10c  br x17
  110  udf #0x0
  114  udf #0x0
  118  mov w0, #0x0
  11c  b $-0x94
