; entry 0x0 loop_top 0x3c exits 4 spill slots 22
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
   3c  ldr w2, [x19, #0x10]
   40  ldr w10, [x19, #0x18]
   44  ldr w9, [x19, #0x20]
   48  ldr w8, [x19, #0x28]
   4c  ldr w7, [x19, #0x30]
   50  ldr w6, [x19, #0x38]
   54  ldr w5, [x19, #0x40]
   58  ldr w4, [x19, #0x48]
   5c  ldr w3, [x19, #0x50]
   60  ldr w1, [x19, #0x58]
   64  adds w0, w2, w10
   68  b.vs $+0x3c0
   6c  str x0, [sp, #0xa8]
   70  adds w0, w10, w9
   74  b.vs $+0x3b4
   78  str x0, [sp, #0xa0]
   7c  adds w0, w9, w8
   80  b.vs $+0x3a8
   84  str x0, [sp, #0x98]
   88  adds w0, w8, w7
   8c  b.vs $+0x39c
   90  str x0, [sp, #0x90]
   94  adds w0, w7, w6
   98  b.vs $+0x390
   9c  str x0, [sp, #0x88]
   a0  adds w0, w6, w5
   a4  b.vs $+0x384
   a8  str x0, [sp, #0x80]
   ac  adds w0, w5, w4
   b0  b.vs $+0x378
   b4  str x0, [sp, #0x78]
   b8  adds w0, w4, w3
   bc  b.vs $+0x36c
   c0  str x0, [sp, #0x70]
   c4  adds w0, w3, w1
   c8  b.vs $+0x360
   cc  str x0, [sp, #0x68]
   d0  adds w0, w1, w2
   d4  b.vs $+0x354
   d8  str x0, [sp, #0x60]
   dc  mov x16, #0xf80000000000
   e0  movk x16, #0x43cf, lsl #48
   e4  fmov d0, x16
   e8  mov x16, #0x200
   ec  movk x16, #0x7100, lsl #16
   f0  blr x16
   f4  ldr x9, [sp, #0xa8]
   f8  ldr x8, [sp, #0xa0]
   fc  ldr x7, [sp, #0x98]
  100  ldr x6, [sp, #0x90]
  104  ldr x5, [sp, #0x88]
  108  ldr x4, [sp, #0x80]
  10c  ldr x3, [sp, #0x78]
  110  ldr x2, [sp, #0x70]
  114  ldr x1, [sp, #0x68]
  118  ldr x0, [sp, #0x60]
  11c  cmp w9, #0x3e8
  120  b.ge $+0x278
  124  str x0, [sp, #0x8]
  128  str x1, [sp]
  12c  mov x28, x2
  130  mov x27, x3
  134  mov x26, x4
  138  mov x25, x5
  13c  mov x24, x6
  140  mov x23, x7
  144  mov x22, x8
  148  mov x21, x9
  14c  ldr x2, [sp]
  150  ldr x1, [sp, #0x8]
  154  adds w0, w21, w22
  158  b.vs $+0x1a8
  15c  str x0, [sp, #0x10]
  160  adds w0, w22, w23
  164  b.vs $+0x19c
  168  str x0, [sp, #0x18]
  16c  adds w0, w23, w24
  170  b.vs $+0x190
  174  str x0, [sp, #0x20]
  178  adds w0, w24, w25
  17c  b.vs $+0x184
  180  str x0, [sp, #0x28]
  184  adds w0, w25, w26
  188  b.vs $+0x178
  18c  str x0, [sp, #0x30]
  190  adds w0, w26, w27
  194  b.vs $+0x16c
  198  str x0, [sp, #0x38]
  19c  adds w0, w27, w28
  1a0  b.vs $+0x160
  1a4  str x0, [sp, #0x40]
  1a8  adds w0, w28, w2
  1ac  b.vs $+0x154
  1b0  str x0, [sp, #0x48]
  1b4  adds w0, w2, w1
  1b8  b.vs $+0x148
  1bc  str x0, [sp, #0x50]
  1c0  adds w0, w1, w21
  1c4  b.vs $+0x13c
  1c8  str x0, [sp, #0x58]
  1cc  mov x16, #0xf80000000000
  1d0  movk x16, #0x43cf, lsl #48
  1d4  fmov d0, x16
  1d8  mov x16, #0x200
  1dc  movk x16, #0x7100, lsl #16
  1e0  blr x16
  1e4  ldr x9, [sp, #0x58]
  1e8  ldr x8, [sp, #0x50]
  1ec  ldr x7, [sp, #0x48]
  1f0  ldr x6, [sp, #0x40]
  1f4  ldr x5, [sp, #0x38]
  1f8  ldr x4, [sp, #0x30]
  1fc  ldr x3, [sp, #0x28]
  200  ldr x2, [sp, #0x20]
  204  ldr x1, [sp, #0x18]
  208  ldr x0, [sp, #0x10]
  20c  cmp w0, #0x3e8
  210  b.ge $+0x60
  214  str x8, [sp]
  218  str x9, [sp, #0x8]
  21c  mov x21, x0
  220  mov x22, x1
  224  mov x23, x2
  228  mov x24, x3
  22c  mov x25, x4
  230  mov x26, x5
  234  mov x27, x6
  238  mov x28, x7
  23c  b $-0xf0
  240  add sp, sp, #0x400
  244  ldp d14, d15, [sp], #0x10
  248  ldp d12, d13, [sp], #0x10
  24c  ldp d10, d11, [sp], #0x10
  250  ldp d8, d9, [sp], #0x10
  254  ldp x27, x28, [sp], #0x10
  258  ldp x25, x26, [sp], #0x10
  25c  ldp x23, x24, [sp], #0x10
  260  ldp x21, x22, [sp], #0x10
  264  ldp x19, x20, [sp], #0x10
  268  ldp x29, x30, [sp], #0x10
  26c  ret
  270  mov x17, #0xfff9000000000000
  274  orr x17, x17, x0
  278  str x17, [x19, #0x10]
  27c  mov x17, #0xfff9000000000000
  280  orr x17, x17, x1
  284  str x17, [x19, #0x18]
  288  mov x17, #0xfff9000000000000
  28c  orr x17, x17, x2
  290  str x17, [x19, #0x20]
  294  mov x17, #0xfff9000000000000
  298  orr x17, x17, x3
  29c  str x17, [x19, #0x28]
  2a0  mov x17, #0xfff9000000000000
  2a4  orr x17, x17, x4
  2a8  str x17, [x19, #0x30]
  2ac  mov x17, #0xfff9000000000000
  2b0  orr x17, x17, x5
  2b4  str x17, [x19, #0x38]
  2b8  mov x17, #0xfff9000000000000
  2bc  orr x17, x17, x6
  2c0  str x17, [x19, #0x40]
  2c4  mov x17, #0xfff9000000000000
  2c8  orr x17, x17, x7
  2cc  str x17, [x19, #0x48]
  2d0  mov x17, #0xfff9000000000000
  2d4  orr x17, x17, x8
  2d8  str x17, [x19, #0x50]
  2dc  mov x17, #0xfff9000000000000
  2e0  orr x17, x17, x9
  2e4  str x17, [x19, #0x58]
  2e8  ldr x17, $+0x8
  2ec  br x17
  2f0  udf #0x0
  2f4  udf #0x0
  2f8  mov w0, #0x3
  2fc  b $-0xbc
  300  mov x17, #0xfff9000000000000
  304  orr x17, x17, x21
  308  str x17, [x19, #0x10]
  30c  mov x17, #0xfff9000000000000
  310  orr x17, x17, x22
  314  str x17, [x19, #0x18]
  318  mov x17, #0xfff9000000000000
  31c  orr x17, x17, x23
  320  str x17, [x19, #0x20]
  324  mov x17, #0xfff9000000000000
  328  orr x17, x17, x24
  32c  str x17, [x19, #0x28]
  330  mov x17, #0xfff9000000000000
  334  orr x17, x17, x25
  338  str x17, [x19, #0x30]
  33c  mov x17, #0xfff9000000000000
  340  orr x17, x17, x26
  344  str x17, [x19, #0x38]
  348  mov x17, #0xfff9000000000000
  34c  orr x17, x17, x27
  350  str x17, [x19, #0x40]
  354  mov x17, #0xfff9000000000000
  358  orr x17, x17, x28
  35c  str x17, [x19, #0x48]
  360  ldr w17, [sp]
  364  mov x16, #0xfff9000000000000
  368  orr x17, x17, x16
  36c  str x17, [x19, #0x50]
  370  mov x17, #0xfff9000000000000
  374  orr x17, x17, x1
  378  str x17, [x19, #0x58]
  37c  nop
  380  ldr x17, $+0x8
  384  br x17
  388  udf #0x0
  38c  udf #0x0
  390  mov w0, #0x2
  394  b $-0x154
  398  mov x17, #0xfff9000000000000
  39c  orr x17, x17, x9
  3a0  str x17, [x19, #0x10]
  3a4  mov x17, #0xfff9000000000000
  3a8  orr x17, x17, x8
  3ac  str x17, [x19, #0x18]
  3b0  mov x17, #0xfff9000000000000
  3b4  orr x17, x17, x7
  3b8  str x17, [x19, #0x20]
  3bc  mov x17, #0xfff9000000000000
  3c0  orr x17, x17, x6
  3c4  str x17, [x19, #0x28]
  3c8  mov x17, #0xfff9000000000000
  3cc  orr x17, x17, x5
  3d0  str x17, [x19, #0x30]
  3d4  mov x17, #0xfff9000000000000
  3d8  orr x17, x17, x4
  3dc  str x17, [x19, #0x38]
  3e0  mov x17, #0xfff9000000000000
  3e4  orr x17, x17, x3
  3e8  str x17, [x19, #0x40]
  3ec  mov x17, #0xfff9000000000000
  3f0  orr x17, x17, x2
  3f4  str x17, [x19, #0x48]
  3f8  mov x17, #0xfff9000000000000
  3fc  orr x17, x17, x1
  400  str x17, [x19, #0x50]
  404  mov x17, #0xfff9000000000000
  408  orr x17, x17, x0
  40c  str x17, [x19, #0x58]
  410  ldr x17, $+0x8
  414  br x17
  418  udf #0x0
  41c  udf #0x0
  420  mov w0, #0x1
  424  b $-0x1e4
  428  ldr x17, $+0x8
  42c  br x17
  430  udf #0x0
  434  udf #0x0
  438  mov w0, #0x0
  43c  b $-0x1fc
