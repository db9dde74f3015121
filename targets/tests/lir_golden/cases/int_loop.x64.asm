; entry 0x0 loop_top 0x17 exits 3 spill slots 0
    0  push rbp
    1  push rbx
    2  push r12
    4  push r13
    6  push r14
    8  push r15
    a  sub rsp,408h
   11  mov r15,rdi
   14  mov rbx,[r15]
   17  mov eax,[rbx+10h]
   1a  mov ecx,[rbx+20h]
   1d  mov edx,eax
   1f  add edx,ecx
   21  jo 00000000000100B4h
   27  mov [rbx+10h],edx
   2a  mov dword ptr [rbx+14h],0FFF90000h
   31  mov eax,ecx
   33  add eax,1
   36  jo 0000000000010093h
   3c  mov [rbx+20h],eax
   3f  mov dword ptr [rbx+24h],0FFF90000h
   46  mov ecx,[rbx+18h]
   49  cmp eax,ecx
   4b  jge 0000000000010068h
   51  jmp 0000000000010017h
   56  add rsp,408h
   5d  pop r15
   5f  pop r14
   61  pop r13
   63  pop r12
   65  pop rbx
   66  pop rbp
   67  ret
   68  mov [rbx+10h],edx
   6b  mov dword ptr [rbx+14h],0FFF90000h
   72  mov [rbx+20h],eax
   75  mov dword ptr [rbx+24h],0FFF90000h
   7c  mov r11,0
   86  jmp r11
   89  mov eax,2
   8e  jmp 0000000000010056h
   93  mov [rbx+10h],edx
   96  mov dword ptr [rbx+14h],0FFF90000h
   9d  mov r11,0
   a7  jmp r11
   aa  mov eax,1
   af  jmp 0000000000010056h
   b4  mov r11,0
   be  jmp r11
   c1  mov eax,0
   c6  jmp 0000000000010056h
