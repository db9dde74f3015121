; entry 0x0 loop_top 0x38 exits 3 spill slots 0
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
   38  ldr w0, [x19, #0x10]
   3c  ldr w1, [x19, #0x20]
   40  adds w2, w0, w1
   44  b.vs $+0xbc
   48  mov x17, #0xfff9000000000000
   4c  orr x17, x17, x2
   50  str x17, [x19, #0x10]
   54  adds w0, w1, #0x1
   58  b.vs $+0x80
   5c  mov x17, #0xfff9000000000000
   60  orr x17, x17, x0
   64  str x17, [x19, #0x20]
   68  ldr w1, [x19, #0x18]
   6c  cmp w0, w1
   70  b.ge $+0x38
   74  b $-0x3c
   78  add sp, sp, #0x400
   7c  ldp d14, d15, [sp], #0x10
   80  ldp d12, d13, [sp], #0x10
   84  ldp d10, d11, [sp], #0x10
   88  ldp d8, d9, [sp], #0x10
   8c  ldp x27, x28, [sp], #0x10
   90  ldp x25, x26, [sp], #0x10
   94  ldp x23, x24, [sp], #0x10
   98  ldp x21, x22, [sp], #0x10
   9c  ldp x19, x20, [sp], #0x10
   a0  ldp x29, x30, [sp], #0x10
   a4  ret
   a8  mov x17, #0xfff9000000000000
   ac  orr x17, x17, x2
   b0  str x17, [x19, #0x10]
   b4  mov x17, #0xfff9000000000000
   b8  orr x17, x17, x0
   bc  str x17, [x19, #0x20]
   c0  ldr x17, $+0x8
   c4  br x17
   c8  udf #0x0
   cc  udf #0x0
   d0  mov w0, #0x2
   d4  b $-0x5c
   d8  mov x17, #0xfff9000000000000
   dc  orr x17, x17, x2
   e0  str x17, [x19, #0x10]
   e4  nop
   e8  ldr x17, $+0x8
   ec  br x17
   f0  udf #0x0
   f4  udf #0x0
   f8  mov w0, #0x1
   fc  b $-0x84
  100  ldr x17, $+0x8
  104  br x17
  108  udf #0x0
  10c  udf #0x0
  110  mov w0, #0x0
  114  b $-0x9c
