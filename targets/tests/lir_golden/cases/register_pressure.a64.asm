; entry 0x0 loop_top 0x38 exits 0 spill slots 0
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
   38  ldr w1, [x19, #0x8]
   3c  add w0, w1, #0x1
   40  add w13, w0, #0x1
   44  add w12, w13, #0x1
   48  add w11, w12, #0x1
   4c  add w10, w11, #0x1
   50  add w9, w10, #0x1
   54  add w8, w9, #0x1
   58  add w7, w8, #0x1
   5c  add w6, w7, #0x1
   60  add w5, w6, #0x1
   64  add w4, w5, #0x1
   68  add w3, w4, #0x1
   6c  add w2, w3, #0x1
   70  eor w1, w0, w13
   74  eor w0, w1, w12
   78  eor w1, w0, w11
   7c  eor w0, w1, w10
   80  eor w1, w0, w9
   84  eor w0, w1, w8
   88  eor w1, w0, w7
   8c  eor w0, w1, w6
   90  eor w1, w0, w5
   94  eor w0, w1, w4
   98  eor w1, w0, w3
   9c  eor w0, w1, w2
   a0  mov x17, #0xfff9000000000000
   a4  orr x17, x17, x0
   a8  str x17, [x19, #0x8]
   ac  b $-0x74
   b0  add sp, sp, #0x400
   b4  ldp d14, d15, [sp], #0x10
   b8  ldp d12, d13, [sp], #0x10
   bc  ldp d10, d11, [sp], #0x10
   c0  ldp d8, d9, [sp], #0x10
   c4  ldp x27, x28, [sp], #0x10
   c8  ldp x25, x26, [sp], #0x10
   cc  ldp x23, x24, [sp], #0x10
   d0  ldp x21, x22, [sp], #0x10
   d4  ldp x19, x20, [sp], #0x10
   d8  ldp x29, x30, [sp], #0x10
   dc  ret
