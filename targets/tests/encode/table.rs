//! Table test in the style of Cranelift's `emit_tests.rs`: every row is an encoder call,
//! the bytes expected from the Intel manual (written by hand), and the Intel syntax iced
//! must print for those bytes.

use crate::common::{decode_one, format, formatter, hex};
use targets::x64::encode::Alu::*;
use targets::x64::encode::Cond::*;
use targets::x64::encode::Reg::*;
use targets::x64::encode::Round::*;
use targets::x64::encode::Shift::*;
use targets::x64::encode::Size::*;
use targets::x64::encode::Xmm::*;
use targets::x64::encode::*;

fn bd(base: Reg, disp: i32) -> Mem {
    Mem::base_disp(base, disp)
}

fn bi(base: Reg, index: Reg, scale: u8, disp: i32) -> Mem {
    Mem::base_index(base, index, scale, disp)
}

fn rip(disp: i32) -> Mem {
    Mem::rip(disp)
}

fn enc(f: impl FnOnce(&mut Code)) -> Code {
    let mut c = Code::new();
    f(&mut c);
    c
}

/// All rows: (encoded, expected hex, expected Intel syntax).
#[rustfmt::skip]
fn rows() -> Vec<(Code, &'static str, &'static str)> {
    let mut rows: Vec<(Code, &'static str, &'static str)> = Vec::new();
    macro_rules! row {
        ($f:ident($($a:expr),* $(,)?), $hex:expr, $asm:expr) => {
            rows.push((enc(|c| $f(c, $($a),*)), $hex, $asm))
        };
    }

    // ---- mov r, r ----
    row!(mov_rr(S64, Rax, Rcx), "48 89 c8", "mov rax, rcx");
    row!(mov_rr(S64, R8, Rax), "49 89 c0", "mov r8, rax");
    row!(mov_rr(S64, Rax, R15), "4c 89 f8", "mov rax, r15");
    row!(mov_rr(S64, R12, R13), "4d 89 ec", "mov r12, r13");
    row!(mov_rr(S64, Rsp, Rbp), "48 89 ec", "mov rsp, rbp");
    row!(mov_rr(S64, Rbp, Rsp), "48 89 e5", "mov rbp, rsp");
    row!(mov_rr(S64, R15, R15), "4d 89 ff", "mov r15, r15");
    row!(mov_rr(S32, Rax, Rcx), "89 c8", "mov eax, ecx");
    row!(mov_rr(S32, R9, Rax), "41 89 c1", "mov r9d, eax");
    row!(mov_rr(S32, Rdi, R14), "44 89 f7", "mov edi, r14d");
    row!(mov_rr(S32, Rax, Rax), "89 c0", "mov eax, eax");
    row!(mov_rr(S32, R11, R10), "45 89 d3", "mov r11d, r10d");
    row!(mov_rr(S16, Rax, Rcx), "66 89 c8", "mov ax, cx");
    row!(mov_rr(S16, R8, R9), "66 45 89 c8", "mov r8w, r9w");
    row!(mov_rr(S8, Rax, Rcx), "88 c8", "mov al, cl");
    row!(mov_rr(S8, Rsi, Rdi), "40 88 fe", "mov sil, dil");
    row!(mov_rr(S8, Rax, Rsp), "40 88 e0", "mov al, spl");
    row!(mov_rr(S8, Rbp, Rdx), "40 88 d5", "mov bpl, dl");
    row!(mov_rr(S8, R8, Rbx), "41 88 d8", "mov r8b, bl");
    row!(mov_rr(S8, Rbx, Rdx), "88 d3", "mov bl, dl");

    // ---- mov r, imm ----
    row!(mov_ri64(Rax, 0), "b8 00 00 00 00", "mov eax, 0");
    row!(mov_ri64(Rax, 1), "b8 01 00 00 00", "mov eax, 1");
    row!(mov_ri64(Rcx, 0x7fff_ffff), "b9 ff ff ff 7f", "mov ecx, 0x7fffffff");
    row!(mov_ri64(Rdx, 0xffff_ffff), "ba ff ff ff ff", "mov edx, -1");
    row!(mov_ri64(R8, 0x8000_0000), "41 b8 00 00 00 80", "mov r8d, -0x80000000");
    row!(mov_ri64(R15, -1), "49 c7 c7 ff ff ff ff", "mov r15, -1");
    row!(mov_ri64(Rax, -1), "48 c7 c0 ff ff ff ff", "mov rax, -1");
    row!(mov_ri64(Rbx, -0x8000_0000), "48 c7 c3 00 00 00 80", "mov rbx, -0x80000000");
    row!(mov_ri64(Rsi, -128), "48 c7 c6 80 ff ff ff", "mov rsi, -0x80");
    row!(mov_ri64(Rsp, -0x8000_0001), "48 bc ff ff ff 7f ff ff ff ff", "mov rsp, -0x80000001");
    row!(mov_ri64(R12, 0x1_0000_0000), "49 bc 00 00 00 00 01 00 00 00", "mov r12, 0x100000000");
    row!(mov_ri64(R13, 0x1234_5678_9abc_def0), "49 bd f0 de bc 9a 78 56 34 12", "mov r13, 0x123456789abcdef0");
    row!(mov_ri64(Rdi, i64::MIN), "48 bf 00 00 00 00 00 00 00 80", "mov rdi, -0x8000000000000000");
    row!(mov_ri64(R11, i64::MAX), "49 bb ff ff ff ff ff ff ff 7f", "mov r11, 0x7fffffffffffffff");
    row!(mov_ri64(R9, 0x7ff8_0000_0000_0000), "49 b9 00 00 00 00 00 00 f8 7f", "mov r9, 0x7ff8000000000000");
    row!(mov_ri32(Rax, -1), "b8 ff ff ff ff", "mov eax, -1");
    row!(mov_ri32(R10, 5), "41 ba 05 00 00 00", "mov r10d, 5");
    row!(mov_ri32(Rbp, 0x1234), "bd 34 12 00 00", "mov ebp, 0x1234");

    // ---- loads: every base register ----
    row!(mov_rm(S64, Rax, bd(Rax, 0)), "48 8b 00", "mov rax, qword ptr [rax]");
    row!(mov_rm(S64, Rax, bd(Rcx, 0)), "48 8b 01", "mov rax, qword ptr [rcx]");
    row!(mov_rm(S64, Rax, bd(Rdx, 0)), "48 8b 02", "mov rax, qword ptr [rdx]");
    row!(mov_rm(S64, Rax, bd(Rbx, 0)), "48 8b 03", "mov rax, qword ptr [rbx]");
    row!(mov_rm(S64, Rax, bd(Rsp, 0)), "48 8b 04 24", "mov rax, qword ptr [rsp]");
    row!(mov_rm(S64, Rax, bd(Rbp, 0)), "48 8b 45 00", "mov rax, qword ptr [rbp]");
    row!(mov_rm(S64, Rax, bd(Rsi, 0)), "48 8b 06", "mov rax, qword ptr [rsi]");
    row!(mov_rm(S64, Rax, bd(Rdi, 0)), "48 8b 07", "mov rax, qword ptr [rdi]");
    row!(mov_rm(S64, Rax, bd(R8, 0)), "49 8b 00", "mov rax, qword ptr [r8]");
    row!(mov_rm(S64, Rax, bd(R9, 0)), "49 8b 01", "mov rax, qword ptr [r9]");
    row!(mov_rm(S64, Rax, bd(R10, 0)), "49 8b 02", "mov rax, qword ptr [r10]");
    row!(mov_rm(S64, Rax, bd(R11, 0)), "49 8b 03", "mov rax, qword ptr [r11]");
    row!(mov_rm(S64, Rax, bd(R12, 0)), "49 8b 04 24", "mov rax, qword ptr [r12]");
    row!(mov_rm(S64, Rax, bd(R13, 0)), "49 8b 45 00", "mov rax, qword ptr [r13]");
    row!(mov_rm(S64, Rax, bd(R14, 0)), "49 8b 06", "mov rax, qword ptr [r14]");
    row!(mov_rm(S64, Rax, bd(R15, 0)), "49 8b 07", "mov rax, qword ptr [r15]");
    // ---- loads: displacement sizes ----
    row!(mov_rm(S64, Rax, bd(Rcx, 8)), "48 8b 41 08", "mov rax, qword ptr [rcx+8]");
    row!(mov_rm(S64, Rax, bd(Rdx, -8)), "48 8b 42 f8", "mov rax, qword ptr [rdx-8]");
    row!(mov_rm(S64, Rax, bd(Rbx, 127)), "48 8b 43 7f", "mov rax, qword ptr [rbx+0x7f]");
    row!(mov_rm(S64, Rax, bd(Rbx, -128)), "48 8b 43 80", "mov rax, qword ptr [rbx-0x80]");
    row!(mov_rm(S64, Rax, bd(Rbx, 128)), "48 8b 83 80 00 00 00", "mov rax, qword ptr [rbx+0x80]");
    row!(mov_rm(S64, Rax, bd(Rbx, -129)), "48 8b 83 7f ff ff ff", "mov rax, qword ptr [rbx-0x81]");
    row!(mov_rm(S64, Rax, bd(Rsp, 8)), "48 8b 44 24 08", "mov rax, qword ptr [rsp+8]");
    row!(mov_rm(S64, Rax, bd(Rsp, 0x1000)), "48 8b 84 24 00 10 00 00", "mov rax, qword ptr [rsp+0x1000]");
    row!(mov_rm(S64, Rax, bd(Rbp, -8)), "48 8b 45 f8", "mov rax, qword ptr [rbp-8]");
    row!(mov_rm(S64, Rax, bd(Rbp, 0x100)), "48 8b 85 00 01 00 00", "mov rax, qword ptr [rbp+0x100]");
    row!(mov_rm(S64, Rax, bd(R12, 0x10)), "49 8b 44 24 10", "mov rax, qword ptr [r12+0x10]");
    row!(mov_rm(S64, Rax, bd(R12, -0x1000)), "49 8b 84 24 00 f0 ff ff", "mov rax, qword ptr [r12-0x1000]");
    row!(mov_rm(S64, Rax, bd(R13, 0x1234_5678)), "49 8b 85 78 56 34 12", "mov rax, qword ptr [r13+0x12345678]");
    row!(mov_rm(S64, Rax, bd(R13, -1)), "49 8b 45 ff", "mov rax, qword ptr [r13-1]");
    row!(mov_rm(S64, Rax, bd(R15, i32::MIN)), "49 8b 87 00 00 00 80", "mov rax, qword ptr [r15-0x80000000]");
    row!(mov_rm(S64, Rax, bd(Rsi, i32::MAX)), "48 8b 86 ff ff ff 7f", "mov rax, qword ptr [rsi+0x7fffffff]");
    // ---- loads: RIP-relative ----
    row!(mov_rm(S64, Rax, rip(0x10)), "48 8b 05 10 00 00 00", "mov rax, qword ptr [rip+0x10]");
    row!(mov_rm(S64, Rax, rip(-0x100)), "48 8b 05 00 ff ff ff", "mov rax, qword ptr [rip-0x100]");
    row!(mov_rm(S64, R14, rip(0x7fff_ffff)), "4c 8b 35 ff ff ff 7f", "mov r14, qword ptr [rip+0x7fffffff]");
    row!(mov_rm(S32, Rcx, rip(-1)), "8b 0d ff ff ff ff", "mov ecx, dword ptr [rip-1]");
    // ---- loads: every index register ----
    row!(mov_rm(S32, Rax, bi(Rbx, Rax, 2, 0)), "8b 04 43", "mov eax, dword ptr [rbx+rax*2]");
    row!(mov_rm(S32, Rax, bi(Rbx, Rcx, 2, 0)), "8b 04 4b", "mov eax, dword ptr [rbx+rcx*2]");
    row!(mov_rm(S32, Rax, bi(Rbx, Rdx, 2, 0)), "8b 04 53", "mov eax, dword ptr [rbx+rdx*2]");
    row!(mov_rm(S32, Rax, bi(Rbx, Rbx, 2, 0)), "8b 04 5b", "mov eax, dword ptr [rbx+rbx*2]");
    row!(mov_rm(S32, Rax, bi(Rbx, Rbp, 2, 0)), "8b 04 6b", "mov eax, dword ptr [rbx+rbp*2]");
    row!(mov_rm(S32, Rax, bi(Rbx, Rsi, 2, 0)), "8b 04 73", "mov eax, dword ptr [rbx+rsi*2]");
    row!(mov_rm(S32, Rax, bi(Rbx, Rdi, 2, 0)), "8b 04 7b", "mov eax, dword ptr [rbx+rdi*2]");
    row!(mov_rm(S32, Rax, bi(Rbx, R8, 2, 0)), "42 8b 04 43", "mov eax, dword ptr [rbx+r8*2]");
    row!(mov_rm(S32, Rax, bi(Rbx, R9, 2, 0)), "42 8b 04 4b", "mov eax, dword ptr [rbx+r9*2]");
    row!(mov_rm(S32, Rax, bi(Rbx, R10, 2, 0)), "42 8b 04 53", "mov eax, dword ptr [rbx+r10*2]");
    row!(mov_rm(S32, Rax, bi(Rbx, R11, 2, 0)), "42 8b 04 5b", "mov eax, dword ptr [rbx+r11*2]");
    row!(mov_rm(S32, Rax, bi(Rbx, R12, 2, 0)), "42 8b 04 63", "mov eax, dword ptr [rbx+r12*2]");
    row!(mov_rm(S32, Rax, bi(Rbx, R13, 2, 0)), "42 8b 04 6b", "mov eax, dword ptr [rbx+r13*2]");
    row!(mov_rm(S32, Rax, bi(Rbx, R14, 2, 0)), "42 8b 04 73", "mov eax, dword ptr [rbx+r14*2]");
    row!(mov_rm(S32, Rax, bi(Rbx, R15, 2, 0)), "42 8b 04 7b", "mov eax, dword ptr [rbx+r15*2]");
    // ---- loads: SIB forms ----
    row!(mov_rm(S64, R9, bd(Rdi, 0)), "4c 8b 0f", "mov r9, qword ptr [rdi]");
    row!(mov_rm(S64, R15, bi(R15, R15, 8, 0x7f)), "4f 8b 7c ff 7f", "mov r15, qword ptr [r15+r15*8+0x7f]");
    row!(mov_rm(S64, Rax, bi(Rax, Rcx, 1, 0)), "48 8b 04 08", "mov rax, qword ptr [rax+rcx]");
    row!(mov_rm(S64, Rax, bi(Rax, Rcx, 2, 0)), "48 8b 04 48", "mov rax, qword ptr [rax+rcx*2]");
    row!(mov_rm(S64, Rax, bi(Rax, Rcx, 4, 0)), "48 8b 04 88", "mov rax, qword ptr [rax+rcx*4]");
    row!(mov_rm(S64, Rax, bi(Rax, Rcx, 8, 8)), "48 8b 44 c8 08", "mov rax, qword ptr [rax+rcx*8+8]");
    row!(mov_rm(S64, Rax, bi(Rbp, Rax, 1, 0)), "48 8b 44 05 00", "mov rax, qword ptr [rbp+rax]");
    row!(mov_rm(S64, Rax, bi(R13, Rax, 2, 0)), "49 8b 44 45 00", "mov rax, qword ptr [r13+rax*2]");
    row!(mov_rm(S64, Rax, bi(Rsp, Rbp, 1, 0)), "48 8b 04 2c", "mov rax, qword ptr [rsp+rbp]");
    row!(mov_rm(S64, Rax, bi(R12, R12, 4, 0)), "4b 8b 04 a4", "mov rax, qword ptr [r12+r12*4]");
    row!(mov_rm(S64, Rax, bi(Rax, R12, 1, 0)), "4a 8b 04 20", "mov rax, qword ptr [rax+r12]");
    row!(mov_rm(S64, Rax, bi(R8, R9, 8, -128)), "4b 8b 44 c8 80", "mov rax, qword ptr [r8+r9*8-0x80]");
    row!(mov_rm(S64, Rax, bi(Rdx, Rbx, 4, 0x1000)), "48 8b 84 9a 00 10 00 00", "mov rax, qword ptr [rdx+rbx*4+0x1000]");
    row!(mov_rm(S64, Rcx, bi(Rbp, R13, 8, i32::MIN)), "4a 8b 8c ed 00 00 00 80", "mov rcx, qword ptr [rbp+r13*8-0x80000000]");
    // ---- loads: other sizes ----
    row!(mov_rm(S32, Rax, bd(Rcx, 0)), "8b 01", "mov eax, dword ptr [rcx]");
    row!(mov_rm(S32, R8, bd(Rsp, 4)), "44 8b 44 24 04", "mov r8d, dword ptr [rsp+4]");
    row!(mov_rm(S16, Rax, bd(Rcx, 0)), "66 8b 01", "mov ax, word ptr [rcx]");
    row!(mov_rm(S16, R10, bd(R10, 2)), "66 45 8b 52 02", "mov r10w, word ptr [r10+2]");
    row!(mov_rm(S8, Rax, bd(Rcx, 0)), "8a 01", "mov al, byte ptr [rcx]");
    row!(mov_rm(S8, Rsi, bd(Rax, 0)), "40 8a 30", "mov sil, byte ptr [rax]");
    row!(mov_rm(S8, R11, bd(R11, 0)), "45 8a 1b", "mov r11b, byte ptr [r11]");
    row!(mov_rm(S8, Rdx, bd(Rsi, 1)), "8a 56 01", "mov dl, byte ptr [rsi+1]");

    // ---- stores: every source register ----
    row!(mov_mr(S64, bd(Rsp, 8), Rax), "48 89 44 24 08", "mov qword ptr [rsp+8], rax");
    row!(mov_mr(S64, bd(Rsp, 8), Rcx), "48 89 4c 24 08", "mov qword ptr [rsp+8], rcx");
    row!(mov_mr(S64, bd(Rsp, 8), Rdx), "48 89 54 24 08", "mov qword ptr [rsp+8], rdx");
    row!(mov_mr(S64, bd(Rsp, 8), Rbx), "48 89 5c 24 08", "mov qword ptr [rsp+8], rbx");
    row!(mov_mr(S64, bd(Rsp, 8), Rsp), "48 89 64 24 08", "mov qword ptr [rsp+8], rsp");
    row!(mov_mr(S64, bd(Rsp, 8), Rbp), "48 89 6c 24 08", "mov qword ptr [rsp+8], rbp");
    row!(mov_mr(S64, bd(Rsp, 8), Rsi), "48 89 74 24 08", "mov qword ptr [rsp+8], rsi");
    row!(mov_mr(S64, bd(Rsp, 8), Rdi), "48 89 7c 24 08", "mov qword ptr [rsp+8], rdi");
    row!(mov_mr(S64, bd(Rsp, 8), R8), "4c 89 44 24 08", "mov qword ptr [rsp+8], r8");
    row!(mov_mr(S64, bd(Rsp, 8), R9), "4c 89 4c 24 08", "mov qword ptr [rsp+8], r9");
    row!(mov_mr(S64, bd(Rsp, 8), R10), "4c 89 54 24 08", "mov qword ptr [rsp+8], r10");
    row!(mov_mr(S64, bd(Rsp, 8), R11), "4c 89 5c 24 08", "mov qword ptr [rsp+8], r11");
    row!(mov_mr(S64, bd(Rsp, 8), R12), "4c 89 64 24 08", "mov qword ptr [rsp+8], r12");
    row!(mov_mr(S64, bd(Rsp, 8), R13), "4c 89 6c 24 08", "mov qword ptr [rsp+8], r13");
    row!(mov_mr(S64, bd(Rsp, 8), R14), "4c 89 74 24 08", "mov qword ptr [rsp+8], r14");
    row!(mov_mr(S64, bd(Rsp, 8), R15), "4c 89 7c 24 08", "mov qword ptr [rsp+8], r15");
    // ---- stores: forms and sizes ----
    row!(mov_mr(S64, bd(Rax, 0), Rcx), "48 89 08", "mov qword ptr [rax], rcx");
    row!(mov_mr(S64, bd(Rbp, -0x10), R8), "4c 89 45 f0", "mov qword ptr [rbp-0x10], r8");
    row!(mov_mr(S64, bi(R12, Rcx, 8, 0), R15), "4d 89 3c cc", "mov qword ptr [r12+rcx*8], r15");
    row!(mov_mr(S64, rip(0x20), Rdx), "48 89 15 20 00 00 00", "mov qword ptr [rip+0x20], rdx");
    row!(mov_mr(S32, bd(Rdi, 0), Rax), "89 07", "mov dword ptr [rdi], eax");
    row!(mov_mr(S32, bd(R13, 0x100), R9), "45 89 8d 00 01 00 00", "mov dword ptr [r13+0x100], r9d");
    row!(mov_mr(S32, bi(Rax, Rdx, 4, -4), Rsi), "89 74 90 fc", "mov dword ptr [rax+rdx*4-4], esi");
    row!(mov_mr(S16, bd(Rax, 0), Rcx), "66 89 08", "mov word ptr [rax], cx");
    row!(mov_mr(S16, bd(R8, 2), R10), "66 45 89 50 02", "mov word ptr [r8+2], r10w");
    row!(mov_mr(S8, bd(Rax, 0), Rcx), "88 08", "mov byte ptr [rax], cl");
    row!(mov_mr(S8, bd(Rax, 0), Rdi), "40 88 38", "mov byte ptr [rax], dil");
    row!(mov_mr(S8, bd(Rbx, 0), Rsp), "40 88 23", "mov byte ptr [rbx], spl");
    row!(mov_mr(S8, bd(Rcx, 0), Rbx), "88 19", "mov byte ptr [rcx], bl");
    row!(mov_mr(S8, bi(R9, Rax, 1, 0), R12), "45 88 24 01", "mov byte ptr [r9+rax], r12b");

    // ---- mov [m], imm ----
    row!(mov_mi(S64, bd(Rax, 0), 0), "48 c7 00 00 00 00 00", "mov qword ptr [rax], 0");
    row!(mov_mi(S64, bd(Rsp, 8), -1), "48 c7 44 24 08 ff ff ff ff", "mov qword ptr [rsp+8], -1");
    row!(mov_mi(S64, bd(R13, 0), 0x7fff_ffff), "49 c7 45 00 ff ff ff 7f", "mov qword ptr [r13], 0x7fffffff");
    row!(mov_mi(S64, rip(0x10), 0x1234_5678), "48 c7 05 10 00 00 00 78 56 34 12", "mov qword ptr [rip+0x10], 0x12345678");
    row!(mov_mi(S32, bd(Rcx, 4), 5), "c7 41 04 05 00 00 00", "mov dword ptr [rcx+4], 5");
    row!(mov_mi(S32, bd(R8, 0), i32::MIN), "41 c7 00 00 00 00 80", "mov dword ptr [r8], -0x80000000");
    row!(mov_mi(S32, bi(Rsp, Rax, 8, 0x10), 127), "c7 44 c4 10 7f 00 00 00", "mov dword ptr [rsp+rax*8+0x10], 0x7f");
    row!(mov_mi(S16, bd(Rax, 0), 0x1234), "66 c7 00 34 12", "mov word ptr [rax], 0x1234");
    row!(mov_mi(S16, bd(Rax, 0), 0xffff), "66 c7 00 ff ff", "mov word ptr [rax], -1");
    row!(mov_mi(S8, bd(Rax, 0), 0x7f), "c6 00 7f", "mov byte ptr [rax], 0x7f");
    row!(mov_mi(S8, bi(R14, Rbx, 2, -1), 0xff), "41 c6 44 5e ff ff", "mov byte ptr [r14+rbx*2-1], -1");

    // ---- movzx / movsx / movsxd ----
    row!(movzx_rm(S8, Rax, bd(Rcx, 0)), "0f b6 01", "movzx eax, byte ptr [rcx]");
    row!(movzx_rm(S8, R8, bd(Rsp, 1)), "44 0f b6 44 24 01", "movzx r8d, byte ptr [rsp+1]");
    row!(movzx_rm(S8, Rsi, rip(0x40)), "0f b6 35 40 00 00 00", "movzx esi, byte ptr [rip+0x40]");
    row!(movzx_rm(S16, Rdx, bd(Rbp, 2)), "0f b7 55 02", "movzx edx, word ptr [rbp+2]");
    row!(movzx_rm(S16, R15, bi(R12, R13, 2, 0)), "47 0f b7 3c 6c", "movzx r15d, word ptr [r12+r13*2]");
    row!(movzx_rr(S8, Rax, Rcx), "0f b6 c1", "movzx eax, cl");
    row!(movzx_rr(S8, Rax, Rsi), "40 0f b6 c6", "movzx eax, sil");
    row!(movzx_rr(S8, Rsi, Rax), "0f b6 f0", "movzx esi, al");
    row!(movzx_rr(S8, R9, R10), "45 0f b6 ca", "movzx r9d, r10b");
    row!(movzx_rr(S8, Rdi, Rdi), "40 0f b6 ff", "movzx edi, dil");
    row!(movzx_rr(S8, R12, Rbp), "44 0f b6 e5", "movzx r12d, bpl");
    row!(movzx_rr(S16, Rax, Rbx), "0f b7 c3", "movzx eax, bx");
    row!(movzx_rr(S16, R11, Rsp), "44 0f b7 dc", "movzx r11d, sp");
    row!(movsx_rr(S32, Rax, Rcx), "48 63 c1", "movsxd rax, ecx");
    row!(movsx_rr(S32, R8, R9), "4d 63 c1", "movsxd r8, r9d");
    row!(movsx_rr(S32, Rdi, R15), "49 63 ff", "movsxd rdi, r15d");
    row!(movsx_rr(S32, Rax, Rax), "48 63 c0", "movsxd rax, eax");
    row!(movsx_rr(S8, Rax, Rsi), "48 0f be c6", "movsx rax, sil");
    row!(movsx_rr(S8, R8, Rcx), "4c 0f be c1", "movsx r8, cl");
    row!(movsx_rr(S16, R12, Rcx), "4c 0f bf e1", "movsx r12, cx");
    row!(movsx_rr(S16, Rbx, R14), "49 0f bf de", "movsx rbx, r14w");
    row!(movsx_rm(S32, Rax, bd(Rcx, 0)), "48 63 01", "movsxd rax, dword ptr [rcx]");
    row!(movsx_rm(S32, R10, bi(Rsp, Rax, 4, 0x40)), "4c 63 54 84 40", "movsxd r10, dword ptr [rsp+rax*4+0x40]");
    row!(movsx_rm(S32, Rdx, rip(-4)), "48 63 15 fc ff ff ff", "movsxd rdx, dword ptr [rip-4]");
    row!(movsx_rm(S8, Rdx, bd(Rdi, 0)), "48 0f be 17", "movsx rdx, byte ptr [rdi]");
    row!(movsx_rm(S16, R14, bd(R13, -2)), "4d 0f bf 75 fe", "movsx r14, word ptr [r13-2]");

    // ---- lea ----
    row!(lea(S64, Rax, bd(Rcx, 8)), "48 8d 41 08", "lea rax, [rcx+8]");
    row!(lea(S64, R8, bd(Rsp, 0)), "4c 8d 04 24", "lea r8, [rsp]");
    row!(lea(S64, Rax, bi(Rax, Rax, 2, 0)), "48 8d 04 40", "lea rax, [rax+rax*2]");
    row!(lea(S64, Rbx, rip(-7)), "48 8d 1d f9 ff ff ff", "lea rbx, [rip-7]");
    row!(lea(S64, R13, bi(R13, R13, 1, 0)), "4f 8d 6c 2d 00", "lea r13, [r13+r13]");
    row!(lea(S64, Rsp, bd(Rsp, -0x80)), "48 8d 64 24 80", "lea rsp, [rsp-0x80]");
    row!(lea(S32, Rax, bi(Rcx, Rdx, 1, 0)), "8d 04 11", "lea eax, [rcx+rdx]");
    row!(lea(S32, R9, bd(R9, -1)), "45 8d 49 ff", "lea r9d, [r9-1]");

    // ---- ALU r, r ----
    row!(alu_rr(Add, S64, Rax, Rcx), "48 01 c8", "add rax, rcx");
    row!(alu_rr(Or, S64, Rdx, Rbx), "48 09 da", "or rdx, rbx");
    row!(alu_rr(Adc, S64, Rax, Rax), "48 11 c0", "adc rax, rax");
    row!(alu_rr(Sbb, S64, Rcx, Rcx), "48 19 c9", "sbb rcx, rcx");
    row!(alu_rr(And, S64, R8, R9), "4d 21 c8", "and r8, r9");
    row!(alu_rr(Sub, S64, Rsp, R15), "4c 29 fc", "sub rsp, r15");
    row!(alu_rr(Xor, S64, R15, Rax), "49 31 c7", "xor r15, rax");
    row!(alu_rr(Cmp, S64, Rsi, Rdi), "48 39 fe", "cmp rsi, rdi");
    row!(alu_rr(Add, S32, Rax, Rcx), "01 c8", "add eax, ecx");
    row!(alu_rr(Sub, S32, R10, R11), "45 29 da", "sub r10d, r11d");
    row!(alu_rr(Xor, S32, Rax, Rax), "31 c0", "xor eax, eax");
    row!(alu_rr(Cmp, S32, Rbp, R12), "44 39 e5", "cmp ebp, r12d");
    row!(alu_rr(Or, S32, R13, Rbx), "41 09 dd", "or r13d, ebx");
    row!(alu_rr(And, S16, Rax, Rcx), "66 21 c8", "and ax, cx");
    row!(alu_rr(Add, S8, Rax, Rcx), "00 c8", "add al, cl");
    row!(alu_rr(Cmp, S8, Rsi, Rdi), "40 38 fe", "cmp sil, dil");
    row!(alu_rr(Xor, S8, R8, Rax), "41 30 c0", "xor r8b, al");
    row!(alu_rr(Sub, S8, Rcx, Rdx), "28 d1", "sub cl, dl");

    // ---- ALU r, imm (imm8 / imm32 boundaries, accumulator forms) ----
    row!(alu_ri(Add, S64, Rax, 1), "48 83 c0 01", "add rax, 1");
    row!(alu_ri(Add, S64, Rax, 127), "48 83 c0 7f", "add rax, 0x7f");
    row!(alu_ri(Add, S64, Rax, -128), "48 83 c0 80", "add rax, -0x80");
    row!(alu_ri(Add, S64, Rax, 128), "48 05 80 00 00 00", "add rax, 0x80");
    row!(alu_ri(Add, S64, Rax, -129), "48 05 7f ff ff ff", "add rax, -0x81");
    row!(alu_ri(Add, S64, Rcx, 128), "48 81 c1 80 00 00 00", "add rcx, 0x80");
    row!(alu_ri(Add, S64, Rcx, -129), "48 81 c1 7f ff ff ff", "add rcx, -0x81");
    row!(alu_ri(Sub, S64, Rsp, 8), "48 83 ec 08", "sub rsp, 8");
    row!(alu_ri(Sub, S64, Rsp, 0x1000), "48 81 ec 00 10 00 00", "sub rsp, 0x1000");
    row!(alu_ri(And, S64, R8, -16), "49 83 e0 f0", "and r8, -0x10");
    row!(alu_ri(And, S64, R9, 0x7fff_ffff), "49 81 e1 ff ff ff 7f", "and r9, 0x7fffffff");
    row!(alu_ri(Or, S64, Rax, i32::MIN), "48 0d 00 00 00 80", "or rax, -0x80000000");
    row!(alu_ri(Xor, S64, R15, 1), "49 83 f7 01", "xor r15, 1");
    row!(alu_ri(Cmp, S64, R12, 0), "49 83 fc 00", "cmp r12, 0");
    row!(alu_ri(Cmp, S64, Rax, 0x1000), "48 3d 00 10 00 00", "cmp rax, 0x1000");
    row!(alu_ri(Cmp, S64, R13, -128), "49 83 fd 80", "cmp r13, -0x80");
    row!(alu_ri(Adc, S64, Rdx, 0), "48 83 d2 00", "adc rdx, 0");
    row!(alu_ri(Sbb, S64, Rbx, -1), "48 83 db ff", "sbb rbx, -1");
    row!(alu_ri(Sub, S64, Rax, 200), "48 2d c8 00 00 00", "sub rax, 0xc8");
    row!(alu_ri(Xor, S64, Rax, 0x100), "48 35 00 01 00 00", "xor rax, 0x100");
    row!(alu_ri(And, S64, Rax, 0xff), "48 25 ff 00 00 00", "and rax, 0xff");
    row!(alu_ri(Add, S32, Rax, 1), "83 c0 01", "add eax, 1");
    row!(alu_ri(Add, S32, Rax, 0x100), "05 00 01 00 00", "add eax, 0x100");
    row!(alu_ri(Sub, S32, Rcx, -128), "83 e9 80", "sub ecx, -0x80");
    row!(alu_ri(Sub, S32, Rcx, 128), "81 e9 80 00 00 00", "sub ecx, 0x80");
    row!(alu_ri(Cmp, S32, R13, 128), "41 81 fd 80 00 00 00", "cmp r13d, 0x80");
    row!(alu_ri(And, S32, Rdi, 0xff), "81 e7 ff 00 00 00", "and edi, 0xff");
    row!(alu_ri(Xor, S32, Rsp, -1), "83 f4 ff", "xor esp, -1");
    row!(alu_ri(Cmp, S32, Rax, 127), "83 f8 7f", "cmp eax, 0x7f");
    row!(alu_ri(Cmp, S32, Rax, -129), "3d 7f ff ff ff", "cmp eax, -0x81");
    row!(alu_ri(Or, S32, R8, i32::MAX), "41 81 c8 ff ff ff 7f", "or r8d, 0x7fffffff");
    row!(alu_ri(Add, S16, Rax, 0x1000), "66 05 00 10", "add ax, 0x1000");
    row!(alu_ri(Cmp, S16, Rcx, 5), "66 83 f9 05", "cmp cx, 5");
    row!(alu_ri(And, S16, R8, 0x8000), "66 41 81 e0 00 80", "and r8w, -0x8000");
    row!(alu_ri(Add, S8, Rax, 5), "04 05", "add al, 5");
    row!(alu_ri(Cmp, S8, Rcx, -1), "80 f9 ff", "cmp cl, -1");
    row!(alu_ri(And, S8, Rsi, 0x80), "40 80 e6 80", "and sil, -0x80");
    row!(alu_ri(Or, S8, R9, 1), "41 80 c9 01", "or r9b, 1");
    row!(alu_ri(Cmp, S8, Rax, 200), "3c c8", "cmp al, -0x38");

    // ---- ALU r, [m] ----
    row!(alu_rm(Add, S64, Rax, bd(Rcx, 0)), "48 03 01", "add rax, qword ptr [rcx]");
    row!(alu_rm(Sub, S64, R8, bd(Rbp, -8)), "4c 2b 45 f8", "sub r8, qword ptr [rbp-8]");
    row!(alu_rm(Cmp, S64, Rdx, rip(0x40)), "48 3b 15 40 00 00 00", "cmp rdx, qword ptr [rip+0x40]");
    row!(alu_rm(And, S64, R15, bi(R12, Rax, 8, 0)), "4d 23 3c c4", "and r15, qword ptr [r12+rax*8]");
    row!(alu_rm(Adc, S64, Rcx, bd(Rsp, 0)), "48 13 0c 24", "adc rcx, qword ptr [rsp]");
    row!(alu_rm(Sbb, S64, Rcx, bd(R13, 0)), "49 1b 4d 00", "sbb rcx, qword ptr [r13]");
    row!(alu_rm(Xor, S32, Rax, bd(Rsp, 4)), "33 44 24 04", "xor eax, dword ptr [rsp+4]");
    row!(alu_rm(Or, S32, R9, bd(Rbx, 0x80)), "44 0b 8b 80 00 00 00", "or r9d, dword ptr [rbx+0x80]");
    row!(alu_rm(Cmp, S16, Rax, bd(Rdi, 0)), "66 3b 07", "cmp ax, word ptr [rdi]");
    row!(alu_rm(Cmp, S8, Rbp, bd(Rsi, 0)), "40 3a 2e", "cmp bpl, byte ptr [rsi]");
    row!(alu_rm(Add, S8, Rax, bd(Rax, 0)), "02 00", "add al, byte ptr [rax]");

    // ---- ALU [m], r ----
    row!(alu_mr(Add, S64, bd(Rax, 0), Rcx), "48 01 08", "add qword ptr [rax], rcx");
    row!(alu_mr(Cmp, S64, bd(Rsp, 0x10), R11), "4c 39 5c 24 10", "cmp qword ptr [rsp+0x10], r11");
    row!(alu_mr(Sub, S32, bd(R13, 8), Rax), "41 29 45 08", "sub dword ptr [r13+8], eax");
    row!(alu_mr(Or, S32, rip(4), Rdx), "09 15 04 00 00 00", "or dword ptr [rip+4], edx");
    row!(alu_mr(And, S8, bd(Rcx, 0), Rdx), "20 11", "and byte ptr [rcx], dl");
    row!(alu_mr(Xor, S8, bd(Rbx, 0), Rsi), "40 30 33", "xor byte ptr [rbx], sil");
    row!(alu_mr(Cmp, S16, bd(R8, 0), R9), "66 45 39 08", "cmp word ptr [r8], r9w");

    // ---- ALU [m], imm ----
    row!(alu_mi(Add, S64, bd(Rax, 0), 1), "48 83 00 01", "add qword ptr [rax], 1");
    row!(alu_mi(Cmp, S64, bd(Rbp, -8), 127), "48 83 7d f8 7f", "cmp qword ptr [rbp-8], 0x7f");
    row!(alu_mi(Cmp, S64, bd(Rbp, -8), 128), "48 81 7d f8 80 00 00 00", "cmp qword ptr [rbp-8], 0x80");
    row!(alu_mi(Sub, S64, bd(Rsp, 0), -128), "48 83 2c 24 80", "sub qword ptr [rsp], -0x80");
    row!(alu_mi(And, S64, bd(R12, 8), -129), "49 81 64 24 08 7f ff ff ff", "and qword ptr [r12+8], -0x81");
    row!(alu_mi(Cmp, S32, rip(0x100), 0), "83 3d 00 01 00 00 00", "cmp dword ptr [rip+0x100], 0");
    row!(alu_mi(Xor, S32, bd(R14, 0), 0x1234_5678), "41 81 36 78 56 34 12", "xor dword ptr [r14], 0x12345678");
    row!(alu_mi(Or, S32, bi(Rax, Rbx, 4, 0), 1), "83 0c 98 01", "or dword ptr [rax+rbx*4], 1");
    row!(alu_mi(Cmp, S8, bd(Rax, 0), 5), "80 38 05", "cmp byte ptr [rax], 5");
    row!(alu_mi(Cmp, S8, bd(R15, 0x10), 0xff), "41 80 7f 10 ff", "cmp byte ptr [r15+0x10], -1");
    row!(alu_mi(Add, S16, bd(Rdx, 0), 300), "66 81 02 2c 01", "add word ptr [rdx], 0x12c");
    row!(alu_mi(And, S16, bd(Rdx, 0), -2), "66 83 22 fe", "and word ptr [rdx], -2");

    // ---- test ----
    row!(test_rr(S64, Rax, Rax), "48 85 c0", "test rax, rax");
    row!(test_rr(S64, Rcx, Rdx), "48 85 d1", "test rcx, rdx");
    row!(test_rr(S64, R8, R15), "4d 85 f8", "test r8, r15");
    row!(test_rr(S32, Rax, Rcx), "85 c8", "test eax, ecx");
    row!(test_rr(S32, R12, R12), "45 85 e4", "test r12d, r12d");
    row!(test_rr(S8, Rax, Rax), "84 c0", "test al, al");
    row!(test_rr(S8, Rdi, Rdi), "40 84 ff", "test dil, dil");
    row!(test_rr(S16, Rcx, Rcx), "66 85 c9", "test cx, cx");
    row!(test_ri(S64, Rax, 1), "48 a9 01 00 00 00", "test rax, 1");
    row!(test_ri(S64, Rcx, 0xff), "48 f7 c1 ff 00 00 00", "test rcx, 0xff");
    row!(test_ri(S64, R9, -1), "49 f7 c1 ff ff ff ff", "test r9, -1");
    row!(test_ri(S32, Rax, i32::MIN), "a9 00 00 00 80", "test eax, -0x80000000");
    row!(test_ri(S32, Rdx, 7), "f7 c2 07 00 00 00", "test edx, 7");
    row!(test_ri(S32, R14, 0x10), "41 f7 c6 10 00 00 00", "test r14d, 0x10");
    row!(test_ri(S8, Rax, 1), "a8 01", "test al, 1");
    row!(test_ri(S8, Rsi, 1), "40 f6 c6 01", "test sil, 1");
    row!(test_ri(S8, R10, 0x80), "41 f6 c2 80", "test r10b, -0x80");
    row!(test_ri(S16, Rax, 0x100), "66 a9 00 01", "test ax, 0x100");
    row!(test_ri(S16, R11, 3), "66 41 f7 c3 03 00", "test r11w, 3");
    row!(test_mi(S64, bd(Rax, 0), 1), "48 f7 00 01 00 00 00", "test qword ptr [rax], 1");
    row!(test_mi(S32, bd(Rbp, 8), 0x10), "f7 45 08 10 00 00 00", "test dword ptr [rbp+8], 0x10");
    row!(test_mi(S8, bd(Rsp, 3), 0x80), "f6 44 24 03 80", "test byte ptr [rsp+3], -0x80");
    row!(test_mi(S8, bi(R13, Rcx, 8, 0), 7), "41 f6 44 cd 00 07", "test byte ptr [r13+rcx*8], 7");
    row!(test_mi(S16, rip(0), 2), "66 f7 05 00 00 00 00 02 00", "test word ptr [rip], 2");

    // ---- imul ----
    row!(imul_rr(S64, Rax, Rcx), "48 0f af c1", "imul rax, rcx");
    row!(imul_rr(S64, R8, R9), "4d 0f af c1", "imul r8, r9");
    row!(imul_rr(S32, Rcx, R15), "41 0f af cf", "imul ecx, r15d");
    row!(imul_rr(S32, R12, Rsp), "44 0f af e4", "imul r12d, esp");
    row!(imul_rr(S16, Rsi, Rdi), "66 0f af f7", "imul si, di");
    row!(imul_rm(S64, Rax, bd(Rbx, 8)), "48 0f af 43 08", "imul rax, qword ptr [rbx+8]");
    row!(imul_rm(S32, R11, bd(Rsp, 0)), "44 0f af 1c 24", "imul r11d, dword ptr [rsp]");
    row!(imul_rri(S64, Rax, Rcx, 10), "48 6b c1 0a", "imul rax, rcx, 0xa");
    row!(imul_rri(S64, Rax, Rax, -128), "48 6b c0 80", "imul rax, -0x80");
    row!(imul_rri(S64, Rdx, R8, 128), "49 69 d0 80 00 00 00", "imul rdx, r8, 0x80");
    row!(imul_rri(S64, R12, R13, 127), "4d 6b e5 7f", "imul r12, r13, 0x7f");
    row!(imul_rri(S64, Rbx, Rbx, -129), "48 69 db 7f ff ff ff", "imul rbx, -0x81");
    row!(imul_rri(S32, Rax, Rcx, 0x10000), "69 c1 00 00 01 00", "imul eax, ecx, 0x10000");
    row!(imul_rri(S32, R9, Rdi, -3), "44 6b cf fd", "imul r9d, edi, -3");
    row!(imul_rri(S16, Rax, Rbx, 1000), "66 69 c3 e8 03", "imul ax, bx, 0x3e8");

    // ---- neg / not / div / idiv / cdq / cqo ----
    row!(neg(S64, Rax), "48 f7 d8", "neg rax");
    row!(neg(S64, R9), "49 f7 d9", "neg r9");
    row!(neg(S32, Rcx), "f7 d9", "neg ecx");
    row!(neg(S32, R15), "41 f7 df", "neg r15d");
    row!(neg(S8, Rax), "f6 d8", "neg al");
    row!(neg(S8, Rsp), "40 f6 dc", "neg spl");
    row!(neg(S16, Rdx), "66 f7 da", "neg dx");
    row!(not(S64, Rdx), "48 f7 d2", "not rdx");
    row!(not(S64, R12), "49 f7 d4", "not r12");
    row!(not(S32, Rsi), "f7 d6", "not esi");
    row!(not(S8, Rbp), "40 f6 d5", "not bpl");
    row!(div(S32, Rcx), "f7 f1", "div ecx");
    row!(div(S32, R10), "41 f7 f2", "div r10d");
    row!(div(S64, R8), "49 f7 f0", "div r8");
    row!(div(S64, Rbx), "48 f7 f3", "div rbx");
    row!(idiv(S32, Rcx), "f7 f9", "idiv ecx");
    row!(idiv(S64, Rcx), "48 f7 f9", "idiv rcx");
    row!(idiv(S64, R11), "49 f7 fb", "idiv r11");
    row!(idiv(S32, R14), "41 f7 fe", "idiv r14d");
    row!(idiv(S8, Rbx), "f6 fb", "idiv bl");
    row!(cdq(), "99", "cdq");
    row!(cqo(), "48 99", "cqo");

    // ---- shifts ----
    row!(shift_rcl(Shl, S64, Rax), "48 d3 e0", "shl rax, cl");
    row!(shift_rcl(Shr, S64, Rdx), "48 d3 ea", "shr rdx, cl");
    row!(shift_rcl(Sar, S64, R8), "49 d3 f8", "sar r8, cl");
    row!(shift_rcl(Rol, S32, R15), "41 d3 c7", "rol r15d, cl");
    row!(shift_rcl(Ror, S32, Rsi), "d3 ce", "ror esi, cl");
    row!(shift_rcl(Shl, S32, Rax), "d3 e0", "shl eax, cl");
    row!(shift_rcl(Sar, S8, Rax), "d2 f8", "sar al, cl");
    row!(shift_rcl(Shr, S8, Rdi), "40 d2 ef", "shr dil, cl");
    row!(shift_rcl(Shl, S16, R9), "66 41 d3 e1", "shl r9w, cl");
    row!(shift_ri(Shl, S64, Rax, 1), "48 d1 e0", "shl rax, 1");
    row!(shift_ri(Shl, S64, Rax, 3), "48 c1 e0 03", "shl rax, 3");
    row!(shift_ri(Sar, S64, Rcx, 63), "48 c1 f9 3f", "sar rcx, 0x3f");
    row!(shift_ri(Shr, S64, R12, 32), "49 c1 ec 20", "shr r12, 0x20");
    row!(shift_ri(Rol, S64, Rdx, 13), "48 c1 c2 0d", "rol rdx, 0xd");
    row!(shift_ri(Ror, S32, R13, 7), "41 c1 cd 07", "ror r13d, 7");
    row!(shift_ri(Sar, S32, Rdi, 31), "c1 ff 1f", "sar edi, 0x1f");
    row!(shift_ri(Shr, S32, Rax, 1), "d1 e8", "shr eax, 1");
    row!(shift_ri(Shl, S32, Rcx, 0), "c1 e1 00", "shl ecx, 0");
    row!(shift_ri(Shr, S8, Rbx, 4), "c0 eb 04", "shr bl, 4");
    row!(shift_ri(Sar, S8, Rsi, 1), "40 d0 fe", "sar sil, 1");
    row!(shift_ri(Ror, S16, Rax, 8), "66 c1 c8 08", "ror ax, 8");

    // ---- setcc: every register, every condition ----
    row!(setcc(E, Rax), "0f 94 c0", "sete al");
    row!(setcc(E, Rcx), "0f 94 c1", "sete cl");
    row!(setcc(E, Rdx), "0f 94 c2", "sete dl");
    row!(setcc(E, Rbx), "0f 94 c3", "sete bl");
    row!(setcc(E, Rsp), "40 0f 94 c4", "sete spl");
    row!(setcc(E, Rbp), "40 0f 94 c5", "sete bpl");
    row!(setcc(E, Rsi), "40 0f 94 c6", "sete sil");
    row!(setcc(E, Rdi), "40 0f 94 c7", "sete dil");
    row!(setcc(E, R8), "41 0f 94 c0", "sete r8b");
    row!(setcc(E, R9), "41 0f 94 c1", "sete r9b");
    row!(setcc(E, R10), "41 0f 94 c2", "sete r10b");
    row!(setcc(E, R11), "41 0f 94 c3", "sete r11b");
    row!(setcc(E, R12), "41 0f 94 c4", "sete r12b");
    row!(setcc(E, R13), "41 0f 94 c5", "sete r13b");
    row!(setcc(E, R14), "41 0f 94 c6", "sete r14b");
    row!(setcc(E, R15), "41 0f 94 c7", "sete r15b");
    row!(setcc(O, Rdx), "0f 90 c2", "seto dl");
    row!(setcc(No, Rbx), "0f 91 c3", "setno bl");
    row!(setcc(B, Rsp), "40 0f 92 c4", "setb spl");
    row!(setcc(Ae, R8), "41 0f 93 c0", "setae r8b");
    row!(setcc(Ne, Rcx), "0f 95 c1", "setne cl");
    row!(setcc(Be, Rax), "0f 96 c0", "setbe al");
    row!(setcc(A, Rbp), "40 0f 97 c5", "seta bpl");
    row!(setcc(S, Rax), "0f 98 c0", "sets al");
    row!(setcc(Ns, Rax), "0f 99 c0", "setns al");
    row!(setcc(P, R15), "41 0f 9a c7", "setp r15b");
    row!(setcc(Np, R12), "41 0f 9b c4", "setnp r12b");
    row!(setcc(L, Rsi), "40 0f 9c c6", "setl sil");
    row!(setcc(Ge, Rax), "0f 9d c0", "setge al");
    row!(setcc(Le, Rax), "0f 9e c0", "setle al");
    row!(setcc(G, Rdi), "40 0f 9f c7", "setg dil");

    // ---- cmovcc: every condition ----
    row!(cmov_rr(O, S64, Rax, Rcx), "48 0f 40 c1", "cmovo rax, rcx");
    row!(cmov_rr(No, S64, Rax, Rcx), "48 0f 41 c1", "cmovno rax, rcx");
    row!(cmov_rr(B, S64, Rax, Rcx), "48 0f 42 c1", "cmovb rax, rcx");
    row!(cmov_rr(Ae, S64, Rax, Rcx), "48 0f 43 c1", "cmovae rax, rcx");
    row!(cmov_rr(E, S64, Rax, Rcx), "48 0f 44 c1", "cmove rax, rcx");
    row!(cmov_rr(Ne, S64, Rax, Rcx), "48 0f 45 c1", "cmovne rax, rcx");
    row!(cmov_rr(Be, S64, Rax, Rcx), "48 0f 46 c1", "cmovbe rax, rcx");
    row!(cmov_rr(A, S64, Rax, Rcx), "48 0f 47 c1", "cmova rax, rcx");
    row!(cmov_rr(S, S64, Rax, Rcx), "48 0f 48 c1", "cmovs rax, rcx");
    row!(cmov_rr(Ns, S64, Rax, Rcx), "48 0f 49 c1", "cmovns rax, rcx");
    row!(cmov_rr(P, S64, Rax, Rcx), "48 0f 4a c1", "cmovp rax, rcx");
    row!(cmov_rr(Np, S64, Rax, Rcx), "48 0f 4b c1", "cmovnp rax, rcx");
    row!(cmov_rr(L, S64, Rax, Rcx), "48 0f 4c c1", "cmovl rax, rcx");
    row!(cmov_rr(Ge, S64, Rax, Rcx), "48 0f 4d c1", "cmovge rax, rcx");
    row!(cmov_rr(Le, S64, Rax, Rcx), "48 0f 4e c1", "cmovle rax, rcx");
    row!(cmov_rr(G, S64, Rax, Rcx), "48 0f 4f c1", "cmovg rax, rcx");
    row!(cmov_rr(Ne, S64, R8, R9), "4d 0f 45 c1", "cmovne r8, r9");
    row!(cmov_rr(L, S32, Rax, Rdx), "0f 4c c2", "cmovl eax, edx");
    row!(cmov_rr(G, S32, R15, Rsp), "44 0f 4f fc", "cmovg r15d, esp");
    row!(cmov_rr(B, S16, Rax, Rcx), "66 0f 42 c1", "cmovb ax, cx");
    row!(cmov_rr(Ae, S64, Rbx, R13), "49 0f 43 dd", "cmovae rbx, r13");
    row!(cmov_rm(Le, S64, Rdx, bd(Rsp, 8)), "48 0f 4e 54 24 08", "cmovle rdx, qword ptr [rsp+8]");
    row!(cmov_rm(P, S32, R10, rip(0x10)), "44 0f 4a 15 10 00 00 00", "cmovp r10d, dword ptr [rip+0x10]");

    // ---- branches (decoded at ip 0: targets are end + rel) ----
    row!(jcc_rel32(O, 0x10), "0f 80 10 00 00 00", "jo 0x16");
    row!(jcc_rel32(No, 0x10), "0f 81 10 00 00 00", "jno 0x16");
    row!(jcc_rel32(B, 0x10), "0f 82 10 00 00 00", "jb 0x16");
    row!(jcc_rel32(Ae, 0x10), "0f 83 10 00 00 00", "jae 0x16");
    row!(jcc_rel32(E, 0x10), "0f 84 10 00 00 00", "je 0x16");
    row!(jcc_rel32(Ne, 0x10), "0f 85 10 00 00 00", "jne 0x16");
    row!(jcc_rel32(Be, 0x10), "0f 86 10 00 00 00", "jbe 0x16");
    row!(jcc_rel32(A, 0x10), "0f 87 10 00 00 00", "ja 0x16");
    row!(jcc_rel32(S, 0x10), "0f 88 10 00 00 00", "js 0x16");
    row!(jcc_rel32(Ns, 0x10), "0f 89 10 00 00 00", "jns 0x16");
    row!(jcc_rel32(P, 0x10), "0f 8a 10 00 00 00", "jp 0x16");
    row!(jcc_rel32(Np, 0x10), "0f 8b 10 00 00 00", "jnp 0x16");
    row!(jcc_rel32(L, 0x10), "0f 8c 10 00 00 00", "jl 0x16");
    row!(jcc_rel32(Ge, 0x10), "0f 8d 10 00 00 00", "jge 0x16");
    row!(jcc_rel32(Le, 0x10), "0f 8e 10 00 00 00", "jle 0x16");
    row!(jcc_rel32(G, 0x10), "0f 8f 10 00 00 00", "jg 0x16");
    row!(jcc_rel32(E, 0), "0f 84 00 00 00 00", "je 6");
    row!(jcc_rel32(Ne, 0x100), "0f 85 00 01 00 00", "jne 0x106");
    row!(jcc_rel32(L, -6), "0f 8c fa ff ff ff", "jl 0");
    row!(jcc_rel32(Ae, 0x7fff_0000), "0f 83 00 00 ff 7f", "jae 0x7fff0006");
    row!(jcc_rel8(E, 0), "74 00", "je 2");
    row!(jcc_rel8(G, 0x7e), "7f 7e", "jg 0x80");
    row!(jcc_rel8(B, -2), "72 fe", "jb 0");
    row!(jcc_rel8(P, 0x10), "7a 10", "jp 0x12");
    row!(jcc_rel8(O, 1), "70 01", "jo 3");
    row!(jcc_rel8(Np, 5), "7b 05", "jnp 7");
    row!(jmp_rel32(0), "e9 00 00 00 00", "jmp 5");
    row!(jmp_rel32(0x1000), "e9 00 10 00 00", "jmp 0x1005");
    row!(jmp_rel32(-5), "e9 fb ff ff ff", "jmp 0");
    row!(jmp_rel8(0), "eb 00", "jmp 2");
    row!(jmp_rel8(0x7f), "eb 7f", "jmp 0x81");
    row!(call_rel32(0x20), "e8 20 00 00 00", "call 0x25");
    row!(call_rel32(-5), "e8 fb ff ff ff", "call 0");
    row!(jmp_r(Rax), "ff e0", "jmp rax");
    row!(jmp_r(Rsp), "ff e4", "jmp rsp");
    row!(jmp_r(R11), "41 ff e3", "jmp r11");
    row!(jmp_r(R15), "41 ff e7", "jmp r15");
    row!(jmp_m(bd(Rax, 0)), "ff 20", "jmp qword ptr [rax]");
    row!(jmp_m(rip(0x100)), "ff 25 00 01 00 00", "jmp qword ptr [rip+0x100]");
    row!(jmp_m(bi(R12, Rax, 8, 0)), "41 ff 24 c4", "jmp qword ptr [r12+rax*8]");
    row!(jmp_m(bi(Rbx, Rcx, 8, 0x10)), "ff 64 cb 10", "jmp qword ptr [rbx+rcx*8+0x10]");
    row!(call_r(Rax), "ff d0", "call rax");
    row!(call_r(R15), "41 ff d7", "call r15");
    row!(call_r(Rbp), "ff d5", "call rbp");
    row!(call_m(rip(8)), "ff 15 08 00 00 00", "call qword ptr [rip+8]");
    row!(call_m(bd(R13, 0x18)), "41 ff 55 18", "call qword ptr [r13+0x18]");
    row!(ret(), "c3", "ret");
    row!(int3(), "cc", "int3");
    row!(ud2(), "0f 0b", "ud2");

    // ---- push / pop: every register ----
    row!(push_r(Rax), "50", "push rax");
    row!(push_r(Rcx), "51", "push rcx");
    row!(push_r(Rdx), "52", "push rdx");
    row!(push_r(Rbx), "53", "push rbx");
    row!(push_r(Rsp), "54", "push rsp");
    row!(push_r(Rbp), "55", "push rbp");
    row!(push_r(Rsi), "56", "push rsi");
    row!(push_r(Rdi), "57", "push rdi");
    row!(push_r(R8), "41 50", "push r8");
    row!(push_r(R9), "41 51", "push r9");
    row!(push_r(R10), "41 52", "push r10");
    row!(push_r(R11), "41 53", "push r11");
    row!(push_r(R12), "41 54", "push r12");
    row!(push_r(R13), "41 55", "push r13");
    row!(push_r(R14), "41 56", "push r14");
    row!(push_r(R15), "41 57", "push r15");
    row!(pop_r(Rax), "58", "pop rax");
    row!(pop_r(Rbx), "5b", "pop rbx");
    row!(pop_r(Rbp), "5d", "pop rbp");
    row!(pop_r(Rdi), "5f", "pop rdi");
    row!(pop_r(R8), "41 58", "pop r8");
    row!(pop_r(R12), "41 5c", "pop r12");
    row!(pop_r(R13), "41 5d", "pop r13");
    row!(pop_r(R15), "41 5f", "pop r15");

    // ---- nop ----
    row!(nop(1), "90", "nop");
    row!(nop(2), "66 90", "xchg ax, ax");
    row!(nop(3), "0f 1f 00", "nop dword ptr [rax]");
    row!(nop(4), "0f 1f 40 00", "nop dword ptr [rax]");
    row!(nop(5), "0f 1f 44 00 00", "nop dword ptr [rax+rax]");
    row!(nop(6), "66 0f 1f 44 00 00", "nop word ptr [rax+rax]");
    row!(nop(7), "0f 1f 80 00 00 00 00", "nop dword ptr [rax]");
    row!(nop(8), "0f 1f 84 00 00 00 00 00", "nop dword ptr [rax+rax]");
    row!(nop(9), "66 0f 1f 84 00 00 00 00 00", "nop word ptr [rax+rax]");

    // ---- SSE2: moves ----
    row!(movsd_xx(Xmm0, Xmm1), "f2 0f 10 c1", "movsd xmm0, xmm1");
    row!(movsd_xx(Xmm8, Xmm15), "f2 45 0f 10 c7", "movsd xmm8, xmm15");
    row!(movsd_xx(Xmm3, Xmm9), "f2 41 0f 10 d9", "movsd xmm3, xmm9");
    row!(movsd_xx(Xmm12, Xmm2), "f2 44 0f 10 e2", "movsd xmm12, xmm2");
    row!(movaps_xx(Xmm0, Xmm1), "0f 28 c1", "movaps xmm0, xmm1");
    row!(movaps_xx(Xmm10, Xmm3), "44 0f 28 d3", "movaps xmm10, xmm3");
    row!(movaps_xx(Xmm7, Xmm14), "41 0f 28 fe", "movaps xmm7, xmm14");
    row!(movsd_xm(Xmm0, bd(Rax, 0)), "f2 0f 10 00", "movsd xmm0, qword ptr [rax]");
    row!(movsd_xm(Xmm9, bd(Rsp, 8)), "f2 44 0f 10 4c 24 08", "movsd xmm9, qword ptr [rsp+8]");
    row!(movsd_xm(Xmm2, rip(0x100)), "f2 0f 10 15 00 01 00 00", "movsd xmm2, qword ptr [rip+0x100]");
    row!(movsd_xm(Xmm15, bi(R13, Rcx, 8, -8)), "f2 45 0f 10 7c cd f8", "movsd xmm15, qword ptr [r13+rcx*8-8]");
    row!(movsd_xm(Xmm1, bi(R12, R9, 4, 0x200)), "f2 43 0f 10 8c 8c 00 02 00 00", "movsd xmm1, qword ptr [r12+r9*4+0x200]");
    row!(movsd_mx(bd(Rax, 0), Xmm0), "f2 0f 11 00", "movsd qword ptr [rax], xmm0");
    row!(movsd_mx(bd(Rbp, -8), Xmm8), "f2 44 0f 11 45 f8", "movsd qword ptr [rbp-8], xmm8");
    row!(movsd_mx(bd(R12, 0), Xmm1), "f2 41 0f 11 0c 24", "movsd qword ptr [r12], xmm1");
    row!(movsd_mx(rip(-0x10), Xmm7), "f2 0f 11 3d f0 ff ff ff", "movsd qword ptr [rip-0x10], xmm7");
    row!(movq_xr(Xmm0, Rax), "66 48 0f 6e c0", "movq xmm0, rax");
    row!(movq_xr(Xmm8, R15), "66 4d 0f 6e c7", "movq xmm8, r15");
    row!(movq_xr(Xmm1, R9), "66 49 0f 6e c9", "movq xmm1, r9");
    row!(movq_xr(Xmm11, Rsp), "66 4c 0f 6e dc", "movq xmm11, rsp");
    row!(movq_rx(Rax, Xmm0), "66 48 0f 7e c0", "movq rax, xmm0");
    row!(movq_rx(R10, Xmm3), "66 49 0f 7e da", "movq r10, xmm3");
    row!(movq_rx(Rdx, Xmm12), "66 4c 0f 7e e2", "movq rdx, xmm12");
    row!(movq_rx(R13, Xmm13), "66 4d 0f 7e ed", "movq r13, xmm13");

    // ---- SSE2: arithmetic, every destination ----
    row!(sd_xx(Sd::Add, Xmm0, Xmm1), "f2 0f 58 c1", "addsd xmm0, xmm1");
    row!(sd_xx(Sd::Add, Xmm1, Xmm0), "f2 0f 58 c8", "addsd xmm1, xmm0");
    row!(sd_xx(Sd::Add, Xmm2, Xmm0), "f2 0f 58 d0", "addsd xmm2, xmm0");
    row!(sd_xx(Sd::Add, Xmm3, Xmm0), "f2 0f 58 d8", "addsd xmm3, xmm0");
    row!(sd_xx(Sd::Add, Xmm4, Xmm0), "f2 0f 58 e0", "addsd xmm4, xmm0");
    row!(sd_xx(Sd::Add, Xmm5, Xmm0), "f2 0f 58 e8", "addsd xmm5, xmm0");
    row!(sd_xx(Sd::Add, Xmm6, Xmm0), "f2 0f 58 f0", "addsd xmm6, xmm0");
    row!(sd_xx(Sd::Add, Xmm7, Xmm0), "f2 0f 58 f8", "addsd xmm7, xmm0");
    row!(sd_xx(Sd::Add, Xmm8, Xmm0), "f2 44 0f 58 c0", "addsd xmm8, xmm0");
    row!(sd_xx(Sd::Add, Xmm9, Xmm0), "f2 44 0f 58 c8", "addsd xmm9, xmm0");
    row!(sd_xx(Sd::Add, Xmm10, Xmm0), "f2 44 0f 58 d0", "addsd xmm10, xmm0");
    row!(sd_xx(Sd::Add, Xmm11, Xmm0), "f2 44 0f 58 d8", "addsd xmm11, xmm0");
    row!(sd_xx(Sd::Add, Xmm12, Xmm0), "f2 44 0f 58 e0", "addsd xmm12, xmm0");
    row!(sd_xx(Sd::Add, Xmm13, Xmm0), "f2 44 0f 58 e8", "addsd xmm13, xmm0");
    row!(sd_xx(Sd::Add, Xmm14, Xmm0), "f2 44 0f 58 f0", "addsd xmm14, xmm0");
    row!(sd_xx(Sd::Add, Xmm15, Xmm0), "f2 44 0f 58 f8", "addsd xmm15, xmm0");
    row!(sd_xx(Sd::Sub, Xmm2, Xmm3), "f2 0f 5c d3", "subsd xmm2, xmm3");
    row!(sd_xx(Sd::Mul, Xmm8, Xmm0), "f2 44 0f 59 c0", "mulsd xmm8, xmm0");
    row!(sd_xx(Sd::Div, Xmm1, Xmm15), "f2 41 0f 5e cf", "divsd xmm1, xmm15");
    row!(sd_xx(Sd::Sqrt, Xmm4, Xmm4), "f2 0f 51 e4", "sqrtsd xmm4, xmm4");
    row!(sd_xx(Sd::Min, Xmm13, Xmm14), "f2 45 0f 5d ee", "minsd xmm13, xmm14");
    row!(sd_xx(Sd::Max, Xmm7, Xmm6), "f2 0f 5f fe", "maxsd xmm7, xmm6");
    row!(sd_xm(Sd::Add, Xmm0, bd(Rax, 8)), "f2 0f 58 40 08", "addsd xmm0, qword ptr [rax+8]");
    row!(sd_xm(Sd::Sub, Xmm9, rip(-0x20)), "f2 44 0f 5c 0d e0 ff ff ff", "subsd xmm9, qword ptr [rip-0x20]");
    row!(sd_xm(Sd::Mul, Xmm1, bd(Rsp, 0)), "f2 0f 59 0c 24", "mulsd xmm1, qword ptr [rsp]");
    row!(sd_xm(Sd::Div, Xmm2, bd(R13, 0)), "f2 41 0f 5e 55 00", "divsd xmm2, qword ptr [r13]");
    row!(sd_xm(Sd::Sqrt, Xmm3, bi(Rbx, Rsi, 8, 0)), "f2 0f 51 1c f3", "sqrtsd xmm3, qword ptr [rbx+rsi*8]");
    row!(sd_xm(Sd::Min, Xmm10, bd(R8, -128)), "f2 45 0f 5d 50 80", "minsd xmm10, qword ptr [r8-0x80]");
    row!(sd_xm(Sd::Max, Xmm11, bd(Rcx, 128)), "f2 44 0f 5f 99 80 00 00 00", "maxsd xmm11, qword ptr [rcx+0x80]");

    // ---- SSE2: compare and convert ----
    row!(ucomisd_xx(Xmm0, Xmm1), "66 0f 2e c1", "ucomisd xmm0, xmm1");
    row!(ucomisd_xx(Xmm8, Xmm9), "66 45 0f 2e c1", "ucomisd xmm8, xmm9");
    row!(ucomisd_xx(Xmm2, Xmm12), "66 41 0f 2e d4", "ucomisd xmm2, xmm12");
    row!(ucomisd_xm(Xmm0, rip(0x10)), "66 0f 2e 05 10 00 00 00", "ucomisd xmm0, qword ptr [rip+0x10]");
    row!(ucomisd_xm(Xmm14, bd(Rdx, 8)), "66 44 0f 2e 72 08", "ucomisd xmm14, qword ptr [rdx+8]");
    row!(cvtsi2sd_xr(S32, Xmm0, Rax), "f2 0f 2a c0", "cvtsi2sd xmm0, eax");
    row!(cvtsi2sd_xr(S64, Xmm0, Rax), "f2 48 0f 2a c0", "cvtsi2sd xmm0, rax");
    row!(cvtsi2sd_xr(S32, Xmm9, R10), "f2 45 0f 2a ca", "cvtsi2sd xmm9, r10d");
    row!(cvtsi2sd_xr(S64, Xmm15, Rsp), "f2 4c 0f 2a fc", "cvtsi2sd xmm15, rsp");
    row!(cvtsi2sd_xr(S64, Xmm1, R8), "f2 49 0f 2a c8", "cvtsi2sd xmm1, r8");
    row!(cvttsd2si_rx(S32, Rax, Xmm0), "f2 0f 2c c0", "cvttsd2si eax, xmm0");
    row!(cvttsd2si_rx(S64, Rax, Xmm0), "f2 48 0f 2c c0", "cvttsd2si rax, xmm0");
    row!(cvttsd2si_rx(S32, R8, Xmm1), "f2 44 0f 2c c1", "cvttsd2si r8d, xmm1");
    row!(cvttsd2si_rx(S64, Rcx, Xmm15), "f2 49 0f 2c cf", "cvttsd2si rcx, xmm15");
    row!(cvttsd2si_rx(S64, R13, Xmm13), "f2 4d 0f 2c ed", "cvttsd2si r13, xmm13");

    // ---- SSE2: packed logic ----
    row!(pd_xx(Pd::Xor, Xmm0, Xmm0), "66 0f 57 c0", "xorpd xmm0, xmm0");
    row!(pd_xx(Pd::And, Xmm1, Xmm2), "66 0f 54 ca", "andpd xmm1, xmm2");
    row!(pd_xx(Pd::Andn, Xmm8, Xmm9), "66 45 0f 55 c1", "andnpd xmm8, xmm9");
    row!(pd_xx(Pd::Or, Xmm3, Xmm10), "66 41 0f 56 da", "orpd xmm3, xmm10");
    row!(pd_xx(Pd::Xor, Xmm15, Xmm15), "66 45 0f 57 ff", "xorpd xmm15, xmm15");
    row!(pd_xm(Pd::And, Xmm0, rip(0x100)), "66 0f 54 05 00 01 00 00", "andpd xmm0, xmmword ptr [rip+0x100]");
    row!(pd_xm(Pd::Xor, Xmm9, bd(Rax, 0)), "66 44 0f 57 08", "xorpd xmm9, xmmword ptr [rax]");
    row!(pd_xm(Pd::Andn, Xmm2, bd(R12, 16)), "66 41 0f 55 54 24 10", "andnpd xmm2, xmmword ptr [r12+0x10]");
    row!(pd_xm(Pd::Or, Xmm3, bd(Rbp, 0)), "66 0f 56 5d 00", "orpd xmm3, xmmword ptr [rbp]");

    // ---- SSE4.1 ----
    row!(roundsd(Xmm0, Xmm1, Floor), "66 0f 3a 0b c1 09", "roundsd xmm0, xmm1, 9");
    row!(roundsd(Xmm8, Xmm8, Ceil), "66 45 0f 3a 0b c0 0a", "roundsd xmm8, xmm8, 0xa");
    row!(roundsd(Xmm2, Xmm11, Trunc), "66 41 0f 3a 0b d3 0b", "roundsd xmm2, xmm11, 0xb");
    row!(roundsd(Xmm12, Xmm3, Nearest), "66 44 0f 3a 0b e3 08", "roundsd xmm12, xmm3, 8");

    rows
}

#[test]
fn table() {
    let rows = rows();
    let mut fmt = formatter();
    let mut failures = Vec::new();
    for (code, want_hex, want_asm) in &rows {
        let got = hex(code.as_slice());
        let want = want_hex.to_string();
        if got != want {
            failures.push(format!("bytes: got {got}, want {want} ({want_asm})"));
            continue;
        }
        match decode_one(code.as_slice()) {
            Err(e) => failures.push(format!("{e} ({want_asm})")),
            Ok(i) => {
                let asm = format(&mut fmt, &i);
                if asm != *want_asm {
                    failures.push(format!("{got}: iced says `{asm}`, want `{want_asm}`"));
                }
            }
        }
    }
    println!("{} table rows, {} failures", rows.len(), failures.len());
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
    assert!(rows.len() >= 400, "table shrank to {} rows", rows.len());
}
