; entry 0x0 loop_top 0x17 exits 4 spill slots 24
    0  push rbp
    1  push rbx
    2  push r12
    4  push r13
    6  push r14
    8  push r15
    a  sub rsp,408h
   11  mov r15,rdi
   14  mov rbx,[r15]
   17  mov r13d,[rbx+10h]
   1b  mov [rsp+0B8h],r13
   23  mov r12d,[rbx+18h]
   27  mov eax,[rbx+20h]
   2a  mov edx,[rbx+28h]
   2d  mov ebp,[rbx+30h]
   30  mov r9d,[rbx+38h]
   34  mov r8d,[rbx+40h]
   38  mov edi,[rbx+48h]
   3b  mov esi,[rbx+50h]
   3e  mov ecx,[rbx+58h]
   41  mov r14d,r13d
   44  add r14d,r12d
   47  jo 000000000001046Dh
   4d  mov r13d,r12d
   50  add r13d,eax
   53  jo 000000000001046Dh
   59  mov r12d,eax
   5c  add r12d,edx
   5f  jo 000000000001046Dh
   65  mov eax,edx
   67  add eax,ebp
   69  jo 000000000001046Dh
   6f  mov rdx,[rsp+0B8h]
   77  mov [rsp+0B0h],rax
   7f  mov eax,ebp
   81  add eax,r9d
   84  jo 000000000001046Dh
   8a  mov [rsp+0A8h],rax
   92  mov eax,r9d
   95  add eax,r8d
   98  jo 000000000001046Dh
   9e  mov [rsp+0A0h],rax
   a6  mov eax,r8d
   a9  add eax,edi
   ab  jo 000000000001046Dh
   b1  mov [rsp+98h],rax
   b9  mov eax,edi
   bb  add eax,esi
   bd  jo 000000000001046Dh
   c3  mov [rsp+90h],rax
   cb  mov eax,esi
   cd  add eax,ecx
   cf  jo 000000000001046Dh
   d5  mov [rsp+88h],rax
   dd  mov eax,ecx
   df  add eax,edx
   e1  jo 000000000001046Dh
   e7  mov [rsp+80h],rax
   ef  mov r10,43CFF80000000000h
   f9  movq xmm0,r10
   fe  mov eax,71000200h
  103  call rax
  105  mov r9,[rsp+0B0h]
  10d  mov r8,[rsp+0A8h]
  115  mov rdi,[rsp+0A0h]
  11d  mov rsi,[rsp+98h]
  125  mov rdx,[rsp+90h]
  12d  mov rcx,[rsp+88h]
  135  mov rax,[rsp+80h]
  13d  cmp r14d,3E8h
  144  jge 00000000000103EDh
  14a  mov [rsp+28h],rax
  14f  mov [rsp+20h],rcx
  154  mov [rsp+18h],rdx
  159  mov [rsp+10h],rsi
  15e  mov [rsp+8],rdi
  163  mov [rsp],r8
  167  mov rbp,r9
  16a  mov r11,r14
  16d  mov r14,r12
  170  mov r12,r11
  173  mov r9,[rsp]
  177  mov r8,[rsp+8]
  17c  mov rdi,[rsp+10h]
  181  mov rsi,[rsp+18h]
  186  mov rdx,[rsp+20h]
  18b  mov rcx,[rsp+28h]
  190  mov eax,r12d
  193  add eax,r13d
  196  jo 0000000000010352h
  19c  mov [rsp+48h],rax
  1a1  mov eax,r13d
  1a4  add eax,r14d
  1a7  jo 0000000000010352h
  1ad  mov [rsp+50h],rax
  1b2  mov eax,r14d
  1b5  add eax,ebp
  1b7  jo 0000000000010352h
  1bd  mov [rsp+58h],rax
  1c2  mov eax,ebp
  1c4  add eax,r9d
  1c7  jo 0000000000010352h
  1cd  mov [rsp+60h],rax
  1d2  mov eax,r9d
  1d5  add eax,r8d
  1d8  jo 0000000000010352h
  1de  mov [rsp+68h],rax
  1e3  mov eax,r8d
  1e6  add eax,edi
  1e8  jo 0000000000010352h
  1ee  mov [rsp+70h],rax
  1f3  mov eax,edi
  1f5  add eax,esi
  1f7  jo 0000000000010352h
  1fd  mov [rsp+78h],rax
  202  mov eax,esi
  204  add eax,edx
  206  jo 0000000000010352h
  20c  mov [rsp+30h],rax
  211  mov eax,edx
  213  add eax,ecx
  215  jo 0000000000010352h
  21b  mov [rsp+38h],rax
  220  mov eax,ecx
  222  add eax,r12d
  225  jo 0000000000010352h
  22b  mov [rsp+40h],rax
  230  mov r10,43CFF80000000000h
  23a  movq xmm0,r10
  23f  mov eax,71000200h
  244  call rax
  246  mov r9,[rsp+78h]
  24b  mov r8,[rsp+70h]
  250  mov rdi,[rsp+68h]
  255  mov rsi,[rsp+60h]
  25a  mov rdx,[rsp+58h]
  25f  mov rcx,[rsp+50h]
  264  mov rax,[rsp+48h]
  269  cmp eax,3E8h
  26e  jge 00000000000102C3h
  274  mov [rsp],rdi
  278  mov [rsp+8],r8
  27d  mov [rsp+10h],r9
  282  mov r11,[rsp+30h]
  287  mov [rsp+18h],r11
  28c  mov r11,[rsp+38h]
  291  mov [rsp+20h],r11
  296  mov r11,[rsp+40h]
  29b  mov [rsp+28h],r11
  2a0  mov r12,rax
  2a3  mov r13,rcx
  2a6  mov r14,rdx
  2a9  mov rbp,rsi
  2ac  jmp 0000000000010173h
  2b1  add rsp,408h
  2b8  pop r15
  2ba  pop r14
  2bc  pop r13
  2be  pop r12
  2c0  pop rbx
  2c1  pop rbp
  2c2  ret
  2c3  mov [rbx+10h],eax
  2c6  mov dword ptr [rbx+14h],0FFF90000h
  2cd  mov [rbx+18h],ecx
  2d0  mov dword ptr [rbx+1Ch],0FFF90000h
  2d7  mov [rbx+20h],edx
  2da  mov dword ptr [rbx+24h],0FFF90000h
  2e1  mov [rbx+28h],esi
  2e4  mov dword ptr [rbx+2Ch],0FFF90000h
  2eb  mov [rbx+30h],edi
  2ee  mov dword ptr [rbx+34h],0FFF90000h
  2f5  mov [rbx+38h],r8d
  2f9  mov dword ptr [rbx+3Ch],0FFF90000h
  300  mov [rbx+40h],r9d
  304  mov dword ptr [rbx+44h],0FFF90000h
  30b  mov r11d,[rsp+30h]
  310  mov [rbx+48h],r11d
  314  mov dword ptr [rbx+4Ch],0FFF90000h
  31b  mov r11d,[rsp+38h]
  320  mov [rbx+50h],r11d
  324  mov dword ptr [rbx+54h],0FFF90000h
  32b  mov r11d,[rsp+40h]
  330  mov [rbx+58h],r11d
  334  mov dword ptr [rbx+5Ch],0FFF90000h
  33b  mov r11,0
  345  jmp r11
  348  mov eax,3
  34d  jmp 00000000000102B1h
  352  mov [rbx+10h],r12d
  356  mov dword ptr [rbx+14h],0FFF90000h
  35d  mov [rbx+18h],r13d
  361  mov dword ptr [rbx+1Ch],0FFF90000h
  368  mov [rbx+20h],r14d
  36c  mov dword ptr [rbx+24h],0FFF90000h
  373  mov [rbx+28h],ebp
  376  mov dword ptr [rbx+2Ch],0FFF90000h
  37d  mov r11d,[rsp]
  381  mov [rbx+30h],r11d
  385  mov dword ptr [rbx+34h],0FFF90000h
  38c  mov r11d,[rsp+8]
  391  mov [rbx+38h],r11d
  395  mov dword ptr [rbx+3Ch],0FFF90000h
  39c  mov r11d,[rsp+10h]
  3a1  mov [rbx+40h],r11d
  3a5  mov dword ptr [rbx+44h],0FFF90000h
  3ac  mov r11d,[rsp+18h]
  3b1  mov [rbx+48h],r11d
  3b5  mov dword ptr [rbx+4Ch],0FFF90000h
  3bc  mov r11d,[rsp+20h]
  3c1  mov [rbx+50h],r11d
  3c5  mov dword ptr [rbx+54h],0FFF90000h
  3cc  mov [rbx+58h],ecx
  3cf  mov dword ptr [rbx+5Ch],0FFF90000h
  3d6  mov r11,0
  3e0  jmp r11
  3e3  mov eax,2
  3e8  jmp 00000000000102B1h
  3ed  mov [rbx+10h],r14d
  3f1  mov dword ptr [rbx+14h],0FFF90000h
  3f8  mov [rbx+18h],r13d
  3fc  mov dword ptr [rbx+1Ch],0FFF90000h
  403  mov [rbx+20h],r12d
  407  mov dword ptr [rbx+24h],0FFF90000h
  40e  mov [rbx+28h],r9d
  412  mov dword ptr [rbx+2Ch],0FFF90000h
  419  mov [rbx+30h],r8d
  41d  mov dword ptr [rbx+34h],0FFF90000h
  424  mov [rbx+38h],edi
  427  mov dword ptr [rbx+3Ch],0FFF90000h
  42e  mov [rbx+40h],esi
  431  mov dword ptr [rbx+44h],0FFF90000h
  438  mov [rbx+48h],edx
  43b  mov dword ptr [rbx+4Ch],0FFF90000h
  442  mov [rbx+50h],ecx
  445  mov dword ptr [rbx+54h],0FFF90000h
  44c  mov [rbx+58h],eax
  44f  mov dword ptr [rbx+5Ch],0FFF90000h
  456  mov r11,0
  460  jmp r11
  463  mov eax,1
  468  jmp 00000000000102B1h
  46d  mov r11,0
  477  jmp r11
  47a  mov eax,0
  47f  jmp 00000000000102B1h
